"""The blind set: labelled like the golden set, about new people and situations, kept apart.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import (
    UNSEEN_SETS,
    labelled_set,
    load_blind2_emails,
    load_blind3_emails,
    load_blind4_emails,
    load_blind5_emails,
    load_blind6_emails,
    load_blind7_emails,
    load_blind8_emails,
    load_blind9_emails,
    load_blind10_emails,
    load_blind11_emails,
    load_blind12_emails,
    load_blind13_emails,
    load_blind14_emails,
    load_blind15_emails,
    load_blind16_emails,
    load_blind17_emails,
    load_blind18_emails,
    load_blind19_emails,
    load_blind20_emails,
    load_blind21_emails,
    load_blind22_emails,
    load_blind23_emails,
    load_blind24_emails,
    load_blind25_emails,
    load_blind26_emails,
    load_blind27_emails,
    load_blind28_emails,
    load_blind29_emails,
    load_blind30_emails,
    load_blind31_emails,
    load_blind32_emails,
    load_blind33_emails,
    load_blind34_emails,
    load_blind35_emails,
    load_blind36_emails,
    load_blind37_emails,
    load_blind38_emails,
    load_blind39_emails,
    load_blind40_emails,
    load_blind41_emails,
    load_blind42_emails,
    load_blind43_emails,
    load_blind44_emails,
    load_blind45_emails,
    load_blind46_emails,
    load_blind47_emails,
    load_blind48_emails,
    load_blind49_emails,
    load_blind50_emails,
    load_blind51_emails,
    load_blind52_emails,
    load_blind53_emails,
    load_blind54_emails,
    load_blind55_emails,
    load_blind56_emails,
    load_blind57_emails,
    load_blind58_emails,
    load_blind59_emails,
    load_blind60_emails,
    load_blind61_emails,
    load_blind62_emails,
    load_blind63_emails,
    load_blind64_emails,
    load_blind65_emails,
    load_blind66_emails,
    load_blind67_emails,
    load_blind68_emails,
    load_blind69_emails,
    load_blind70_emails,
    load_blind71_emails,
    load_blind72_emails,
    load_blind73_emails,
    load_blind74_emails,
    load_blind75_emails,
    load_blind76_emails,
    load_blind77_emails,
    load_blind78_emails,
    load_blind79_emails,
    load_blind80_emails,
    load_blind81_emails,
    load_blind82_emails,
    load_blind83_emails,
    load_blind84_emails,
    load_blind85_emails,
    load_blind86_emails,
    load_blind87_emails,
    load_blind88_emails,
    load_blind89_emails,
    load_blind90_emails,
    load_blind91_emails,
    load_blind92_emails,
    load_blind93_emails,
    load_blind94_emails,
    load_blind95_emails,
    load_blind96_emails,
    load_blind97_emails,
    load_blind98_emails,
    load_blind99_emails,
    load_blind100_emails,
    load_blind101_emails,
    load_blind102_emails,
    load_blind103_emails,
    load_blind104_emails,
    load_blind105_emails,
    load_blind106_emails,
    load_blind107_emails,
    load_blind108_emails,
    load_blind109_emails,
    load_blind110_emails,
    load_blind111_emails,
    load_blind112_emails,
    load_blind113_emails,
    load_blind114_emails,
    load_blind115_emails,
    load_blind116_emails,
    load_blind117_emails,
    load_blind118_emails,
    load_blind119_emails,
    load_blind120_emails,
    load_blind121_emails,
    load_blind122_emails,
    load_blind123_emails,
    load_blind124_emails,
    load_blind125_emails,
    load_blind126_emails,
    load_blind127_emails,
    load_blind128_emails,
    load_blind129_emails,
    load_blind130_emails,
    load_blind131_emails,
    load_blind132_emails,
    load_blind133_emails,
    load_blind134_emails,
    load_blind135_emails,
    load_blind136_emails,
    load_blind137_emails,
    load_blind138_emails,
    load_blind139_emails,
    load_blind140_emails,
    load_blind141_emails,
    load_blind142_emails,
    load_blind143_emails,
    load_blind144_emails,
    load_blind145_emails,
    load_blind146_emails,
    load_blind147_emails,
    load_blind148_emails,
    load_blind149_emails,
    load_blind150_emails,
    load_blind151_emails,
    load_blind152_emails,
    load_blind153_emails,
    load_blind154_emails,
    load_blind155_emails,
    load_blind156_emails,
    load_blind157_emails,
    load_blind158_emails,
    load_blind159_emails,
    load_blind160_emails,
    load_blind161_emails,
    load_blind162_emails,
    load_blind163_emails,
    load_blind164_emails,
    load_blind165_emails,
    load_blind166_emails,
    load_blind167_emails,
    load_blind168_emails,
    load_blind169_emails,
    load_blind170_emails,
    load_blind171_emails,
    load_blind172_emails,
    load_blind173_emails,
    load_blind174_emails,
    load_blind175_emails,
    load_blind176_emails,
    load_blind177_emails,
    load_blind178_emails,
    load_blind179_emails,
    load_blind180_emails,
    load_blind181_emails,
    load_blind182_emails,
    load_blind183_emails,
    load_blind184_emails,
    load_blind185_emails,
    load_blind186_emails,
    load_blind187_emails,
    load_blind188_emails,
    load_blind189_emails,
    load_blind190_emails,
    load_blind191_emails,
    load_blind192_emails,
    load_blind_emails,
    load_heldout_emails,
)
from sandbox.sample_mailbox import SAMPLE_EMAILS
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestBlindSet(MeasuredOnlySetTests):
    name = "blind"
    emails = load_blind_emails()
    key_prefix = "bl-"
    at_least = 70
    file_attribute = "BLIND_EMAILS_FILE"


def test_all_is_the_one_hundred_and_ninety_four_sets_in_order():
    assert labelled_set("all") == (
        SAMPLE_EMAILS
        + load_heldout_emails()
        + load_blind_emails()
        + load_blind2_emails()
        + load_blind3_emails()
        + load_blind4_emails()
        + load_blind5_emails()
        + load_blind6_emails()
        + load_blind7_emails()
        + load_blind8_emails()
        + load_blind9_emails()
        + load_blind10_emails()
        + load_blind11_emails()
        + load_blind12_emails()
        + load_blind13_emails()
        + load_blind14_emails()
        + load_blind15_emails()
        + load_blind16_emails()
        + load_blind17_emails()
        + load_blind18_emails()
        + load_blind19_emails()
        + load_blind20_emails()
        + load_blind21_emails()
        + load_blind22_emails()
        + load_blind23_emails()
        + load_blind24_emails()
        + load_blind25_emails()
        + load_blind26_emails()
        + load_blind27_emails()
        + load_blind28_emails()
        + load_blind29_emails()
        + load_blind30_emails()
        + load_blind31_emails()
        + load_blind32_emails()
        + load_blind33_emails()
        + load_blind34_emails()
        + load_blind35_emails()
        + load_blind36_emails()
        + load_blind37_emails()
        + load_blind38_emails()
        + load_blind39_emails()
        + load_blind40_emails()
        + load_blind41_emails()
        + load_blind42_emails()
        + load_blind43_emails()
        + load_blind44_emails()
        + load_blind45_emails()
        + load_blind46_emails()
        + load_blind47_emails()
        + load_blind48_emails()
        + load_blind49_emails()
        + load_blind50_emails()
        + load_blind51_emails()
        + load_blind52_emails()
        + load_blind53_emails()
        + load_blind54_emails()
        + load_blind55_emails()
        + load_blind56_emails()
        + load_blind57_emails()
        + load_blind58_emails()
        + load_blind59_emails()
        + load_blind60_emails()
        + load_blind61_emails()
        + load_blind62_emails()
        + load_blind63_emails()
        + load_blind64_emails()
        + load_blind65_emails()
        + load_blind66_emails()
        + load_blind67_emails()
        + load_blind68_emails()
        + load_blind69_emails()
        + load_blind70_emails()
        + load_blind71_emails()
        + load_blind72_emails()
        + load_blind73_emails()
        + load_blind74_emails()
        + load_blind75_emails()
        + load_blind76_emails()
        + load_blind77_emails()
        + load_blind78_emails()
        + load_blind79_emails()
        + load_blind80_emails()
        + load_blind81_emails()
        + load_blind82_emails()
        + load_blind83_emails()
        + load_blind84_emails()
        + load_blind85_emails()
        + load_blind86_emails()
        + load_blind87_emails()
        + load_blind88_emails()
        + load_blind89_emails()
        + load_blind90_emails()
        + load_blind91_emails()
        + load_blind92_emails()
        + load_blind93_emails()
        + load_blind94_emails()
        + load_blind95_emails()
        + load_blind96_emails()
        + load_blind97_emails()
        + load_blind98_emails()
        + load_blind99_emails()
        + load_blind100_emails()
        + load_blind101_emails()
        + load_blind102_emails()
        + load_blind103_emails()
        + load_blind104_emails()
        + load_blind105_emails()
        + load_blind106_emails()
        + load_blind107_emails()
        + load_blind108_emails()
        + load_blind109_emails()
        + load_blind110_emails()
        + load_blind111_emails()
        + load_blind112_emails()
        + load_blind113_emails()
        + load_blind114_emails()
        + load_blind115_emails()
        + load_blind116_emails()
        + load_blind117_emails()
        + load_blind118_emails()
        + load_blind119_emails()
        + load_blind120_emails()
        + load_blind121_emails()
        + load_blind122_emails()
        + load_blind123_emails()
        + load_blind124_emails()
        + load_blind125_emails()
        + load_blind126_emails()
        + load_blind127_emails()
        + load_blind128_emails()
        + load_blind129_emails()
        + load_blind130_emails()
        + load_blind131_emails()
        + load_blind132_emails()
        + load_blind133_emails()
        + load_blind134_emails()
        + load_blind135_emails()
        + load_blind136_emails()
        + load_blind137_emails()
        + load_blind138_emails()
        + load_blind139_emails()
        + load_blind140_emails()
        + load_blind141_emails()
        + load_blind142_emails()
        + load_blind143_emails()
        + load_blind144_emails()
        + load_blind145_emails()
        + load_blind146_emails()
        + load_blind147_emails()
        + load_blind148_emails()
        + load_blind149_emails()
        + load_blind150_emails()
        + load_blind151_emails()
        + load_blind152_emails()
        + load_blind153_emails()
        + load_blind154_emails()
        + load_blind155_emails()
        + load_blind156_emails()
        + load_blind157_emails()
        + load_blind158_emails()
        + load_blind159_emails()
        + load_blind160_emails()
        + load_blind161_emails()
        + load_blind162_emails()
        + load_blind163_emails()
        + load_blind164_emails()
        + load_blind165_emails()
        + load_blind166_emails()
        + load_blind167_emails()
        + load_blind168_emails()
        + load_blind169_emails()
        + load_blind170_emails()
        + load_blind171_emails()
        + load_blind172_emails()
        + load_blind173_emails()
        + load_blind174_emails()
        + load_blind175_emails()
        + load_blind176_emails()
        + load_blind177_emails()
        + load_blind178_emails()
        + load_blind179_emails()
        + load_blind180_emails()
        + load_blind181_emails()
        + load_blind182_emails()
        + load_blind183_emails()
        + load_blind184_emails()
        + load_blind185_emails()
        + load_blind186_emails()
        + load_blind187_emails()
        + load_blind188_emails()
        + load_blind189_emails()
        + load_blind190_emails()
        + load_blind191_emails()
        + load_blind192_emails()
    )


def test_unseen_is_the_sets_never_tuned_on():
    assert UNSEEN_SETS == ("blind189", "blind190", "blind191", "blind192")
    assert labelled_set("unseen") == (
        load_blind189_emails()
        + load_blind190_emails()
        + load_blind191_emails()
        + load_blind192_emails()
    )
