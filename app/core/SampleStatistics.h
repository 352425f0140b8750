// The statistics of clinic outcomes, each by one named method so other programs can check them: summaries of a
// sample and 95 % intervals for a mean, a proportion and a difference of two means.
#pragma once

#include <QList>

#include <optional>

namespace outcome {

struct Interval
{
    double low = 0;
    double high = 0;
};

class SampleStatistics
{
public:
    // The arithmetic mean; the values must not be empty.
    static double mean(const QList<double>& values);
    // With n − 1 in the denominator; empty for fewer than two values.
    static std::optional<double> standardDeviation(const QList<double>& values);
    // Linear interpolation between order statistics (R's type 7, numpy's default); `sorted` ascending, not empty.
    static double quantile(const QList<double>& sorted, double probability);
    // The value below which Student's t with `degreesOfFreedom` (not necessarily whole) lies with `probability`.
    static double studentQuantile(double probability, double degreesOfFreedom);
    // mean ± t(0.975, n − 1) · SD / √n; empty for fewer than two values.
    static std::optional<Interval> meanInterval(const QList<double>& values);
    // The 95 % Wilson score interval of `successes` out of `trials`; `trials` must be positive.
    static Interval wilsonInterval(int successes, int trials);
    // The 95 % interval of mean(a) − mean(b) by Welch's t with Welch–Satterthwaite degrees of freedom; empty when
    // either sample has fewer than two values or both have no spread.
    static std::optional<Interval> welchInterval(const QList<double>& a, const QList<double>& b);
    // The Welch–Satterthwaite degrees of freedom of the same; empty under the same conditions.
    static std::optional<double> welchDegreesOfFreedom(const QList<double>& a, const QList<double>& b);
};

} // namespace outcome
