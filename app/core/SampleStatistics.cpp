// Summaries, quantiles of Student's t and the 95 % intervals used by clinic outcomes.
#include "SampleStatistics.h"

#include <cmath>
#include <numeric>

namespace outcome {

namespace {

// The 97.5th percentile of the standard normal distribution.
constexpr double kZ975 = 1.959963984540054;

// The continued fraction of the regularized incomplete beta function (modified Lentz), good for x < (a+1)/(a+b+2).
double betaFraction(double a, double b, double x)
{
    constexpr double kTiny = 1e-300;
    constexpr double kEpsilon = 1e-16;
    const auto guard = [](double v) {
        return std::abs(v) < kTiny ? kTiny : v;
    };
    double c = 1;
    double d = 1 / guard(1 - (a + b) * x / (a + 1));
    double h = d;
    for (int m = 1; m <= 500; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
        d = 1 / guard(1 + aa * d);
        c = guard(1 + aa / c);
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
        d = 1 / guard(1 + aa * d);
        c = guard(1 + aa / c);
        const double step = d * c;
        h *= step;
        if (std::abs(step - 1) < kEpsilon)
            break;
    }
    return h;
}

double regularizedBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double front =
        std::exp(a * std::log(x) + b * std::log1p(-x) - (std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b)));
    if (x < (a + 1) / (a + b + 2))
        return front * betaFraction(a, b, x) / a;
    return 1 - front * betaFraction(b, a, 1 - x) / b;
}

// P(T > t) for t ≥ 0.
double upperTail(double t, double degreesOfFreedom)
{
    return 0.5 * regularizedBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + t * t));
}

double varianceOfMean(const QList<double>& values)
{
    const double sd = *SampleStatistics::standardDeviation(values);
    return sd * sd / double(values.size());
}

} // namespace

double SampleStatistics::mean(const QList<double>& values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

std::optional<double> SampleStatistics::standardDeviation(const QList<double>& values)
{
    if (values.size() < 2)
        return std::nullopt;
    const double centre = mean(values);
    double squares = 0;
    for (const double value : values)
        squares += (value - centre) * (value - centre);
    return std::sqrt(squares / double(values.size() - 1));
}

double SampleStatistics::quantile(const QList<double>& sorted, double probability)
{
    const double position = (double(sorted.size()) - 1) * probability;
    const auto below = qsizetype(std::floor(position));
    if (below + 1 >= sorted.size())
        return sorted.last();
    return sorted[below] + (position - double(below)) * (sorted[below + 1] - sorted[below]);
}

double SampleStatistics::studentQuantile(double probability, double degreesOfFreedom)
{
    if (probability == 0.5)
        return 0;
    if (probability < 0.5)
        return -studentQuantile(1 - probability, degreesOfFreedom);
    const double tail = 1 - probability;
    // Bracket the quantile, then halve the bracket until it no longer shrinks.
    double low = 0;
    double high = 1;
    while (upperTail(high, degreesOfFreedom) > tail)
        high *= 2;
    for (int i = 0; i < 200; ++i) {
        const double middle = (low + high) / 2;
        if (middle <= low || middle >= high)
            break;
        (upperTail(middle, degreesOfFreedom) > tail ? low : high) = middle;
    }
    return (low + high) / 2;
}

std::optional<Interval> SampleStatistics::meanInterval(const QList<double>& values)
{
    const std::optional<double> sd = standardDeviation(values);
    if (!sd)
        return std::nullopt;
    const double centre = mean(values);
    const double half = studentQuantile(0.975, double(values.size() - 1)) * *sd / std::sqrt(double(values.size()));
    return Interval{centre - half, centre + half};
}

Interval SampleStatistics::wilsonInterval(int successes, int trials)
{
    const double n = trials;
    const double p = successes / n;
    const double z2 = kZ975 * kZ975;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = kZ975 / denominator * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return Interval{centre - half, centre + half};
}

std::optional<double> SampleStatistics::welchDegreesOfFreedom(const QList<double>& a, const QList<double>& b)
{
    if (a.size() < 2 || b.size() < 2)
        return std::nullopt;
    const double va = varianceOfMean(a);
    const double vb = varianceOfMean(b);
    if (va + vb <= 0)
        return std::nullopt;
    return (va + vb) * (va + vb) / (va * va / double(a.size() - 1) + vb * vb / double(b.size() - 1));
}

std::optional<Interval> SampleStatistics::welchInterval(const QList<double>& a, const QList<double>& b)
{
    const std::optional<double> df = welchDegreesOfFreedom(a, b);
    if (!df)
        return std::nullopt;
    const double difference = mean(a) - mean(b);
    const double half = studentQuantile(0.975, *df) * std::sqrt(varianceOfMean(a) + varianceOfMean(b));
    return Interval{difference - half, difference + half};
}

} // namespace outcome
