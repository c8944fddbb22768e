import datetime

from partners.selectors import months_before


def test_months_before_keeps_the_day_or_clamps_to_the_month_end():
    assert months_before(datetime.date(2026, 11, 22), 6) == datetime.date(2026, 5, 22)
    assert months_before(datetime.date(2026, 8, 31), 6) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2026, 1, 15), 1) == datetime.date(2025, 12, 15)
