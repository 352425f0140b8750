// The demo generator's random source: seeded, so the same seed always gives the same clinic.
#pragma once

#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <cmath>

namespace outcome {

class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_generator(seed)
    {}

    double uniform() { return m_generator.generateDouble(); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int below(int bound) { return int(m_generator.bounded(quint32(bound))); }
    bool chance(double probability) { return uniform() < probability; }
    double normal(double mean, double sd)
    {
        // Box-Muller: two uniforms give one normal draw.
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    template <typename T, std::size_t N> QString pick(const T (&list)[N])
    {
        return QString::fromUtf8(list[below(int(N))]);
    }

private:
    QRandomGenerator m_generator;
};

} // namespace outcome
