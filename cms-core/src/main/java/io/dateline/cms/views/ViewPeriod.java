package io.dateline.cms.views;

import java.time.LocalDate;

/**
 * The span of a "most read" list.
 *
 * <p>Views are stored per UTC day, so a rolling period is answered from whole days: the current UTC
 * day plus the preceding {@link #days()} days. The list therefore always covers the full last
 * {@code days() × 24} hours, plus the part of the oldest day before that (up to 24 hours more).
 * {@link #LAST_24_HOURS} at 09:00 UTC counts views since yesterday 00:00 UTC.
 *
 * @since 0.1.0
 */
public enum ViewPeriod {
  /** Today and yesterday (UTC): at least the last 24 hours. */
  LAST_24_HOURS(1),
  /** Today and the 7 days before: at least the last 7 × 24 hours. */
  LAST_7_DAYS(7),
  /** Today and the 30 days before: at least the last 30 × 24 hours. */
  LAST_30_DAYS(30),
  /** Every view ever stored. */
  ALL_TIME(0);

  private final int days;

  ViewPeriod(int days) {
    this.days = days;
  }

  /**
   * Full days before today that the period reaches back.
   *
   * @return the days; 0 for {@link #ALL_TIME}, which has no start
   */
  public int days() {
    return days;
  }

  /**
   * The first UTC day in the period.
   *
   * @param today the current UTC day
   * @return the first day counted
   * @throws UnsupportedOperationException for {@link #ALL_TIME}
   */
  public LocalDate firstDay(LocalDate today) {
    if (this == ALL_TIME) {
      throw new UnsupportedOperationException("ALL_TIME has no first day");
    }
    return today.minusDays(days);
  }
}
