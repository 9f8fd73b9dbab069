"""Classes of mail the action type must read by their shape, each email written for the test.

Every case failed on the classifier before the signal it proves; none is taken from a labelled
set.
"""

from __future__ import annotations

from tests.core.offline.labels import DL, NR
from tests.core.offline.test_signals import classify, mail

# --- who is asked to do what -------------------------------------------------------------------


async def test_asking_who_comes_wants_a_list_of_names_not_a_hand_over():
    body = (
        "Hi Lena,\n\nWe are planning the summer barbecue on 20 June. Could you let me know by "
        "Friday who is coming with you?\n\nPer"
    )

    assert (await classify(mail("Summer barbecue", body))).action_type is NR


async def test_asking_who_will_handle_it_still_hands_it_over():
    body = "Our scanner keeps failing on the invoices. Who will handle it on your side?"

    assert (await classify(mail("Scanner", body))).action_type is DL
