"""The benchmark suite at tiny sizes: every benchmark runs, its figures have the right shape, and
the relations that must hold do (fewer requests and round trips than the baseline, cached tokens
cheaper than uncached). No timing is asserted: the emulators answer at once here.
"""

from __future__ import annotations

import json
import math

import pytest

from bench import BENCHMARKS, run_benchmark
from bench.__main__ import main
from bench.common import QUICK, BenchResult, Options, Row

OPTIONS = Options(graph_latency=0.0, claude_latency=0.0, quick=True)
UNITS = {"requests", "s", "ms", "MB", "tokens", "$"}
TESTED = {
    "ingest",
    "approval",
    "classification",
    "slack",
    "scale",
    "startup",
    "latency",
    "task_sync",
    "backends",
    "calendars",
}


async def run(name: str) -> tuple[BenchResult, dict[str, Row]]:
    """Run one benchmark at tiny size, check its shape; return it and its rows by measure/kind."""
    result = await run_benchmark(name, OPTIONS)
    assert result.name == name and result.title and result.notes and result.rows
    assert result.seconds > 0
    for row in result.rows:
        assert row.unit in UNITS, row
        assert math.isfinite(row.ours) and row.ours >= 0, row
        assert row.baseline is not None and math.isfinite(row.baseline), row
    json.dumps(result.details)  # the details go into the JSON document as they are
    return result, {f"{row.measure} / {row.kind}": row for row in result.rows}


def test_every_benchmark_has_a_smoke_test_below():
    assert set(BENCHMARKS) == TESTED


async def test_ingest_takes_one_delta_page_where_naive_lists_and_gets_each():
    _, rows = await run("ingest")

    requests = rows["Graph requests / naive"]
    pages = math.ceil(QUICK.ingest_emails / 50)
    assert (requests.ours, requests.baseline) == (pages, pages + QUICK.ingest_emails)


async def test_approval_takes_two_round_trips_where_naive_takes_five():
    _, rows = await run("approval")

    single = rows["round trips, one approval / naive"]
    assert (single.ours, single.baseline) == (2, 5)
    in_a_row = rows[f"round trips, {QUICK.approvals} in a row / naive"]
    assert (in_a_row.ours, in_a_row.baseline) == (2 * QUICK.approvals, 5 * QUICK.approvals)


async def test_backends_an_approval_costs_two_graph_round_trips_and_todoist_one_request():
    _, rows = await run("backends")

    graph = rows["Graph round trips per approval / To Do"]
    todoist = rows["Todoist requests per approval / To Do"]
    assert (graph.ours, graph.baseline) == (2, 2), "the same move and $batch either way"
    assert (todoist.ours, todoist.baseline) == (1, 0), "one POST /tasks beside it"
    assert rows["all requests per approval / To Do"].ours == 3
    assert rows["Todoist requests, first approval (makes the project) / To Do"].ours == 3


async def test_classification_caches_the_fixed_prompt_and_costs_less_than_uncached():
    result, rows = await run("classification")

    assert rows["cached (fixed) prompt tokens per email / naive"].ours > 500
    uncached = rows["uncached input tokens per email / naive"]
    assert uncached.baseline is not None and 0 < uncached.ours < uncached.baseline
    cost = rows["cost per 1,000 emails / naive"]
    assert cost.baseline is not None and 0 < cost.ours < cost.baseline
    details = result.details
    assert details["emails"] == QUICK.backlog and details["naive_sample"] == QUICK.naive_backlog
    assert details["cache_writes"] >= 1
    assert details["peak_calls_in_flight"] <= details["concurrency"]


async def test_slack_measures_every_click_both_ways():
    result, rows = await run("slack")

    for key in ("ours_ack_seconds", "naive_ack_seconds", "ours_updated_seconds"):
        assert len(result.details[key]) == QUICK.clicks
    assert result.details["naive_missed_deadline"] == 0  # nothing is slow here
    assert f"ack p99, {QUICK.clicks} clicks at once / naive" in rows


async def test_scale_syncs_in_one_request_and_the_store_grows_on_disk():
    _, rows = await run("scale")

    requests = rows[f"Graph requests, one sync pass ({QUICK.scale_new} new emails) / naive"]
    # The naive pass lists the old mail and both runs' new mail, then GETs this run's new mail.
    listing = math.ceil((QUICK.scale_emails + 2 * QUICK.scale_new) / 1000)
    assert (requests.ours, requests.baseline) == (1, listing + QUICK.scale_new)
    size = rows["database size on disk / empty store"]
    assert size.baseline is not None and size.ours > size.baseline
    assert rows["service resident memory (RSS) / empty store"].ours > 10


async def test_a_restart_needs_fewer_graph_requests_than_the_first_start():
    result, rows = await run("startup")

    requests = rows["Graph requests to poll-ready / first start"]
    assert requests.baseline is not None and 0 < requests.ours < requests.baseline
    for start in ("restart", "first_start"):
        seen = result.details[start]
        assert 0 < seen["slack_connected"] <= seen["poll_ready"]


async def test_latency_follows_each_email_to_its_card_and_an_idle_poll_is_one_request():
    result, rows = await run("latency")

    ours, naive = result.details["ours"], result.details["naive"]
    assert (ours["interval_seconds"], naive["interval_seconds"]) == (30, 300)
    for figures in (ours, naive):
        assert figures["requests_per_idle_poll"] == 1
        assert len(figures["latency_seconds"]) == QUICK.latency_emails
        # Waiting for the poll is at most about one interval; the card follows within seconds.
        assert all(0 <= w < 2 * figures["interval_seconds"] for w in figures["wait_seconds"])
        assert all(0 < p < 30 for p in figures["poll_to_card_seconds"])
    per_day = rows["Graph requests per day while idle / poll every 5 minutes"]
    assert (per_day.ours, per_day.baseline) == (2880, 288)


def test_the_command_prints_the_table_and_writes_json(tmp_path, capsys):
    out = tmp_path / "results" / "run.json"

    status = main(
        ["--quick", "--only", "ingest,approval", "--graph-latency", "0", "--claude-latency", "0"]
        + ["--json", str(out)]
    )

    assert status == 0
    table = capsys.readouterr().out
    assert "| Benchmark | Measure | Ours | Baseline | Ratio |" in table
    assert "| ingest | Graph requests | 1 | 21 (naive) | 21.0x |" in table
    assert "| approval | round trips, one approval | 2 | 5 (naive) | 2.5x |" in table
    document = json.loads(out.read_text())
    assert list(document["benchmarks"]) == ["ingest", "approval"]
    assert document["options"]["quick"] is True
    assert document["options"]["graph_latency_seconds"] == 0
    assert document["options"]["sizes"]["approvals"] == QUICK.approvals
    row = document["benchmarks"]["approval"]["rows"][0]
    assert (row["ours"], row["baseline"], row["ratio"]) == (2, 5, 2.5)


def test_an_unknown_benchmark_is_refused(capsys):
    with pytest.raises(SystemExit):
        main(["--only", "nonsense"])

    assert "unknown benchmark nonsense" in capsys.readouterr().err


async def test_an_idle_task_sync_pass_is_one_request_per_backend_where_naive_reads_each():
    result, rows = await run("task_sync")

    followed = result.details["followed"]
    for label in ("To Do", "Todoist"):
        idle = rows[f"requests per idle sync pass, {label} / naive"]
        assert (idle.ours, idle.baseline) == (1, followed)
    # After an expired cursor: To Do's 410 and one full page; Todoist's refused token, the
    # full sync and a look-up of the one completed task it no longer lists.
    assert rows["requests, full resync, To Do / read each"].ours == 2
    assert rows["requests, full resync, Todoist / read each"].ours == 3


async def test_calendars_today_and_a_month_search_cost_few_requests():
    result, rows = await run("calendars")

    cold = rows["requests, today, cold / warm"]
    # Warm: one calendarView and one events list; cold also reads the mailbox time zone.
    assert (cold.ours, cold.baseline) == (3, 2)
    month = rows[f"requests per free-slot search, {result.details['days']} days / read every event"]
    # getSchedule, freeBusy, and the owner's address for getSchedule (once).
    assert month.ours == 3
    # The last day is free from the end of the 14:30 meeting to 16:00.
    assert result.details["slot_found"].endswith("T14:55:00+00:00")
