"""Fixtures for the importer tests: a switch of the machine's time zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

#: Zone name -> (POSIX spelling for machines without tzdata, seconds west of UTC in standard time).
TIME_ZONES = {"America/New_York": ("EST5EDT,M3.2.0,M11.1.0", 18000), "Asia/Shanghai": ("CST-8", -28800)}


@pytest.fixture(params=list(TIME_ZONES))
def machine_tz(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run the test with the process time zone set to New York, then to Shanghai: dates must not move."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    saved = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    posix, offset = TIME_ZONES[request.param]
    if time.timezone != offset:  # no tzdata: the name fell back to UTC, the POSIX rule needs no database
        os.environ["TZ"] = posix
        time.tzset()
    assert time.timezone == offset
    try:
        yield request.param
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()
