// Every closed form of the noise schedules against an independent float64 computation, and the
// forward process's statistics.

#include "colorized/core/schedule.h"

#include <torch/torch.h>

#include <QtTest>

#include <cmath>
#include <vector>

using namespace colorized;

namespace {

// Reference values computed with plain doubles, one timestep at a time (no tensors).
struct Reference {
    std::vector<double> beta, alpha, alphaBar, alphaBarPrev, posteriorVariance, coefX0, coefXt;
};

Reference reference(const ScheduleConfig& config)
{
    Reference r;
    const int64_t T = config.timesteps;
    for (int64_t t = 0; t < T; ++t) {
        double beta;
        if (config.kind == ScheduleKind::Linear) {
            beta = T == 1 ? config.linearBetaStart
                          : config.linearBetaStart + (config.linearBetaEnd - config.linearBetaStart) * double(t) / double(T - 1);
        } else {
            const auto f = [&](double step) {
                const double c = std::cos((step / double(T) + config.cosineOffset) / (1.0 + config.cosineOffset) * M_PI / 2.0);
                return c * c;
            };
            beta = std::min(1.0 - f(double(t + 1)) / f(double(t)), config.maxBeta);
        }
        r.beta.push_back(beta);
        r.alpha.push_back(1.0 - beta);
        const double previous = t == 0 ? 1.0 : r.alphaBar.back();
        r.alphaBarPrev.push_back(previous);
        r.alphaBar.push_back(previous * (1.0 - beta));
        r.posteriorVariance.push_back(beta * (1.0 - previous) / (1.0 - r.alphaBar.back()));
        r.coefX0.push_back(beta * std::sqrt(previous) / (1.0 - r.alphaBar.back()));
        r.coefXt.push_back((1.0 - previous) * std::sqrt(1.0 - beta) / (1.0 - r.alphaBar.back()));
    }
    return r;
}

void compareTable(const torch::Tensor& table, const std::vector<double>& expected, const char* name)
{
    QCOMPARE(table.size(0), int64_t(expected.size()));
    QCOMPARE(table.scalar_type(), torch::kDouble);
    // Relative 1e-9: near t = 0, 1 - alphaBar cancels catastrophically, so two correct float64
    // evaluations in a different order differ around 1e-12 relative there.
    for (size_t t = 0; t < expected.size(); ++t) {
        const double value = table[int64_t(t)].item<double>();
        if (std::abs(value - expected[t]) > 1e-9 * std::max(1.0, std::abs(expected[t])))
            QFAIL(qPrintable(QString("%1[%2] = %3, expected %4").arg(name).arg(t).arg(value, 0, 'g', 17).arg(expected[t], 0, 'g', 17)));
    }
}

std::vector<double> map(const std::vector<double>& values, double (*function)(double))
{
    std::vector<double> out;
    for (double v : values)
        out.push_back(function(v));
    return out;
}

}  // namespace

class TestSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void closedForms_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("timesteps");
        QTest::newRow("linear-1000") << int(ScheduleKind::Linear) << 1000;
        QTest::newRow("linear-300") << int(ScheduleKind::Linear) << 300;
        QTest::newRow("cosine-1000") << int(ScheduleKind::Cosine) << 1000;
        QTest::newRow("cosine-50") << int(ScheduleKind::Cosine) << 50;
    }

    void closedForms()
    {
        QFETCH(int, kind);
        QFETCH(int, timesteps);
        ScheduleConfig config;
        config.kind = ScheduleKind(kind);
        config.timesteps = timesteps;
        const NoiseSchedule schedule(config);
        const Reference r = reference(config);
        compareTable(schedule.betas(), r.beta, "beta");
        compareTable(schedule.alphas(), r.alpha, "alpha");
        compareTable(schedule.alphaBar(), r.alphaBar, "alphaBar");
        compareTable(schedule.alphaBarPrev(), r.alphaBarPrev, "alphaBarPrev");
        std::vector<double> recipSqrtAlpha, oneMinus;
        for (double a : r.alpha)
            recipSqrtAlpha.push_back(1.0 / std::sqrt(a));
        for (double a : r.alphaBar)
            oneMinus.push_back(std::sqrt(1.0 - a));
        compareTable(schedule.sqrtRecipAlpha(), recipSqrtAlpha, "sqrtRecipAlpha");
        compareTable(schedule.sqrtAlphaBar(), map(r.alphaBar, std::sqrt), "sqrtAlphaBar");
        compareTable(schedule.sqrtOneMinusAlphaBar(), oneMinus, "sqrtOneMinusAlphaBar");
        compareTable(schedule.posteriorVariance(), r.posteriorVariance, "posteriorVariance");
        compareTable(schedule.posteriorStd(), map(r.posteriorVariance, std::sqrt), "posteriorStd");
        auto logVariance = map(r.posteriorVariance, std::log);
        logVariance[0] = std::log(r.posteriorVariance[1]);
        compareTable(schedule.posteriorLogVariance(), logVariance, "posteriorLogVariance");
        compareTable(schedule.posteriorMeanCoefX0(), r.coefX0, "posteriorMeanCoefX0");
        compareTable(schedule.posteriorMeanCoefXt(), r.coefXt, "posteriorMeanCoefXt");
    }

    void linearEndpointsAndCosineTerminal()
    {
        ScheduleConfig linear;
        linear.kind = ScheduleKind::Linear;
        const NoiseSchedule l(linear);
        QCOMPARE(l.betas()[0].item<double>(), 1e-4);
        QCOMPARE(l.betas()[999].item<double>(), 0.02);
        // The cosine schedule ends (almost) at pure noise; the pitfall docs/ARCHITECTURE.md warns
        // about ("Platform facts") is the linear one with small T.
        const NoiseSchedule c(ScheduleConfig{});
        QVERIFY(c.sqrtAlphaBar()[999].item<double>() < 1e-3);
        linear.timesteps = 300;
        QVERIFY(std::abs(NoiseSchedule(linear).sqrtAlphaBar()[299].item<double>() - 0.22) < 0.01);
    }

    void gatherPerBatchElement()
    {
        const NoiseSchedule schedule;
        const auto like = torch::zeros({3, 2, 4, 5});
        const auto t = torch::tensor({0, 500, 999}, torch::kLong);
        const auto g = schedule.gather(schedule.alphaBar(), t, like);
        QCOMPARE(g.sizes().vec(), (std::vector<int64_t>{3, 1, 1, 1}));
        QCOMPARE(g.scalar_type(), torch::kFloat);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(g[i].item<float>(), float(schedule.alphaBar()[t[i].item<int64_t>()].item<double>()));
    }

    void qSampleUsesExactlyTheNoisePassedIn()
    {
        const NoiseSchedule schedule;
        torch::manual_seed(3);
        const auto x0 = torch::rand({4, 2, 8, 8}) * 2 - 1;
        const auto noise = torch::randn({4, 2, 8, 8});
        const auto t = torch::tensor({1, 10, 400, 998}, torch::kLong);
        const auto xt = qSample(schedule, x0, t, noise);
        // Recovering the noise from x_t must give back the very tensor that went in (the seed's
        // Python added different noise than its loss compared against).
        const auto recovered = (xt - schedule.gather(schedule.sqrtAlphaBar(), t, x0) * x0)
            / schedule.gather(schedule.sqrtOneMinusAlphaBar(), t, x0);
        QVERIFY(torch::allclose(recovered, noise, 1e-4, 1e-4));
        // And calling it twice gives the same x_t: it draws nothing itself.
        QVERIFY(torch::equal(xt, qSample(schedule, x0, t, noise)));
        QVERIFY(torch::allclose(predictX0(schedule, xt, t, noise), x0, 1e-4, 1e-3));
    }

    void qSampleStatistics()
    {
        // x_t | x0 ~ N(sqrt(abar) x0, (1 - abar) I): check mean and variance over many draws.
        const NoiseSchedule schedule;
        torch::manual_seed(7);
        const int64_t draws = 200000;
        const double x0Value = 0.6;
        for (int64_t step : {50, 300, 700}) {
            const auto x0 = torch::full({draws, 1, 1, 1}, x0Value);
            const auto t = torch::full({draws}, step, torch::kLong);
            const auto xt = qSample(schedule, x0, t, torch::randn({draws, 1, 1, 1}));
            const double ab = schedule.alphaBar()[step].item<double>();
            QVERIFY(std::abs(xt.mean().item<double>() - std::sqrt(ab) * x0Value) < 0.01);
            QVERIFY(std::abs(xt.var().item<double>() - (1.0 - ab)) < 0.01);
        }
    }
};

QTEST_APPLESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
