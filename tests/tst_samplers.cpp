// DDPM and DDIM on a 1-D Gaussian toy whose exact denoiser is known in closed form: the
// samplers must turn noise back into the data distribution.

#include "colorized/core/colorizer.h"
#include "colorized/core/samplers.h"

#include <torch/torch.h>

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace colorized;

namespace {

constexpr double kDataMean = 0.3;
constexpr double kDataStd = 0.5;

// For x0 ~ N(m, s^2) and x_t = a x0 + b eps: E[eps | x_t] = b (x_t - a m) / (a^2 s^2 + b^2).
Denoiser exactGaussianDenoiser(const NoiseSchedule& schedule)
{
    return [&schedule](const torch::Tensor& xt, const torch::Tensor& t) {
        const auto a = schedule.gather(schedule.sqrtAlphaBar(), t, xt);
        const auto b = schedule.gather(schedule.sqrtOneMinusAlphaBar(), t, xt);
        return b * (xt - a * kDataMean) / (a * a * kDataStd * kDataStd + b * b);
    };
}

SamplerOptions toyOptions(SamplerKind kind, int steps, double eta, uint64_t seed)
{
    SamplerOptions options;
    options.kind = kind;
    options.steps = steps;
    options.eta = eta;
    options.seed = seed;
    options.clipX0 = false;   // the toy's data is not bounded to [-1, 1]
    return options;
}

torch::Tensor run(const NoiseSchedule& schedule, const SamplerOptions& options,
                  at::IntArrayRef shape = {1, 1, 100, 100})
{
    const auto result = sample(schedule, exactGaussianDenoiser(schedule), shape, torch::kCPU, options);
    if (!result)
        throw std::runtime_error("sampler returned nothing");
    return *result;
}

}  // namespace

class TestSamplers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recoversDataDistribution_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("eta");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("ddpm, all steps") << int(SamplerKind::Ddpm) << 1000 << 1.0 << 0.02;
        QTest::newRow("ddim, all steps, eta 1") << int(SamplerKind::Ddim) << 1000 << 1.0 << 0.02;
        QTest::newRow("ddim, 50 steps, eta 0") << int(SamplerKind::Ddim) << 50 << 0.0 << 0.03;
        // Stochastic DDIM with few steps is visibly biased (std 0.47 at 25 steps): give it 100.
        QTest::newRow("ddim, 100 steps, eta 0.5") << int(SamplerKind::Ddim) << 100 << 0.5 << 0.03;
    }

    void recoversDataDistribution()
    {
        QFETCH(int, kind);
        QFETCH(int, steps);
        QFETCH(double, eta);
        QFETCH(double, tolerance);
        for (const auto scheduleKind : {ScheduleKind::Cosine, ScheduleKind::Linear}) {
            ScheduleConfig config;
            config.kind = scheduleKind;
            const NoiseSchedule schedule(config);
            const auto x = run(schedule, toyOptions(SamplerKind(kind), steps, eta, 11));
            const double mean = x.mean().item<double>();
            const double std = x.std().item<double>();
            QVERIFY2(std::abs(mean - kDataMean) < tolerance, qPrintable(QString("mean %1").arg(mean)));
            QVERIFY2(std::abs(std - kDataStd) < tolerance, qPrintable(QString("std %1").arg(std)));
        }
    }

    void ddimEtaOneMatchesDdpmInDistribution()
    {
        // Same seed, different draws order: not the same samples, but the same distribution.
        const NoiseSchedule schedule;
        const auto ddpm = run(schedule, toyOptions(SamplerKind::Ddpm, 0, 1.0, 5));
        const auto ddim = run(schedule, toyOptions(SamplerKind::Ddim, 1000, 1.0, 6));
        QVERIFY(std::abs(ddpm.mean().item<double>() - ddim.mean().item<double>()) < 0.02);
        QVERIFY(std::abs(ddpm.std().item<double>() - ddim.std().item<double>()) < 0.02);
        // Quantiles agree too, not only two moments.
        const auto q = torch::tensor({0.05, 0.25, 0.5, 0.75, 0.95}, torch::kDouble);
        const auto qa = torch::quantile(ddpm.flatten().to(torch::kDouble), q);
        const auto qb = torch::quantile(ddim.flatten().to(torch::kDouble), q);
        QVERIFY((qa - qb).abs().max().item<double>() < 0.03);
    }

    void ddimEtaZeroIsDeterministicGivenTheStart()
    {
        const NoiseSchedule schedule;
        auto options = toyOptions(SamplerKind::Ddim, 20, 0.0, 1);
        options.startXt = torch::randn({1, 1, 16, 16});
        const auto first = run(schedule, options, {1, 1, 16, 16});
        options.seed = 999;   // the seed only draws noise, and eta = 0 draws none after the start
        QVERIFY(torch::equal(first, run(schedule, options, {1, 1, 16, 16})));
    }

    void seedReproducibility()
    {
        const NoiseSchedule schedule;
        for (const auto kind : {SamplerKind::Ddpm, SamplerKind::Ddim}) {
            const auto a = run(schedule, toyOptions(kind, 10, 1.0, 42), {2, 2, 8, 8});
            const auto b = run(schedule, toyOptions(kind, 10, 1.0, 42), {2, 2, 8, 8});
            const auto c = run(schedule, toyOptions(kind, 10, 1.0, 43), {2, 2, 8, 8});
            QVERIFY(torch::equal(a, b));
            QVERIFY(!torch::equal(a, c));
        }
    }

    void candidateKIsSeedPlusK()
    {
        const NoiseSchedule schedule;
        const auto batch = run(schedule, toyOptions(SamplerKind::Ddpm, 0, 1.0, 20), {3, 2, 4, 4});
        const auto alone = run(schedule, toyOptions(SamplerKind::Ddpm, 0, 1.0, 22), {1, 2, 4, 4});
        QVERIFY(torch::equal(batch[2], alone[0]));
        QVERIFY(!torch::equal(batch[1], alone[0]));
    }

    void trailingTimestepsAndStepCallback()
    {
        const NoiseSchedule schedule;
        auto options = toyOptions(SamplerKind::Ddim, 10, 0.0, 3);
        const auto timesteps = samplerTimesteps(schedule, options);
        QCOMPARE(timesteps.front(), int64_t(999));
        QCOMPARE(timesteps.back(), int64_t(99));
        QCOMPARE(int(timesteps.size()), 10);
        std::vector<SamplerStep> seen;
        sample(schedule, exactGaussianDenoiser(schedule), {1, 2, 4, 4}, torch::kCPU, options,
               [&](const SamplerStep& s) { seen.push_back(s); });
        QCOMPARE(int(seen.size()), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(seen[i].index, i);
            QCOMPARE(seen[i].count, 10);
            QCOMPARE(seen[i].timestep, timesteps[i]);
            QCOMPARE(seen[i].xt.sizes().vec(), (std::vector<int64_t>{1, 2, 4, 4}));
            QCOMPARE(seen[i].predictedX0.sizes().vec(), (std::vector<int64_t>{1, 2, 4, 4}));
        }
        options.kind = SamplerKind::Ddpm;
        QCOMPARE(int(samplerTimesteps(schedule, options).size()), 1000);
    }

    void cancelIsHonouredEveryStep()
    {
        const NoiseSchedule schedule;
        std::atomic<bool> cancel{false};
        int calls = 0;
        const auto result = sample(schedule, exactGaussianDenoiser(schedule), {1, 2, 4, 4}, torch::kCPU,
                                   toyOptions(SamplerKind::Ddim, 25, 0.0, 1),
                                   [&](const SamplerStep& s) {
                                       ++calls;
                                       if (s.index == 3)
                                           cancel = true;
                                   },
                                   &cancel);
        QVERIFY(!result.has_value());
        QCOMPARE(calls, 4);
    }

    void continueFromAnIntermediateStep()
    {
        // Re-running from a recorded x_t reproduces the rest of the original run.
        const NoiseSchedule schedule;
        auto options = toyOptions(SamplerKind::Ddim, 12, 0.0, 8);
        torch::Tensor recorded;
        const auto full = run(schedule, options, {1, 2, 8, 8});
        sample(schedule, exactGaussianDenoiser(schedule), {1, 2, 8, 8}, torch::kCPU, options,
               [&](const SamplerStep& s) {
                   if (s.index == 5)
                       recorded = s.xt.clone();
               });
        options.startXt = recorded;
        options.startIndex = 5;
        QVERIFY(torch::allclose(run(schedule, options, {1, 2, 8, 8}), full, 1e-6, 1e-6));
    }

    // "Continue from here" with re-noising: DDIM at eta 0 is deterministic after its start, so
    // only the re-noised start can make a new seed take a new path.
    void renoisedContinuationFollowsItsSeed()
    {
        const NoiseSchedule schedule;
        auto options = toyOptions(SamplerKind::Ddim, 12, 0.0, 8);
        options.startXt = torch::randn({1, 2, 8, 8}, at::detail::createCPUGenerator(77));
        options.startIndex = 6;
        options.renoiseStart = true;
        options.seed = 100;
        const auto first = run(schedule, options, {1, 2, 8, 8});
        const auto again = run(schedule, options, {1, 2, 8, 8});
        options.seed = 101;
        const auto other = run(schedule, options, {1, 2, 8, 8});
        QVERIFY(torch::equal(first, again));
        QVERIFY((first - other).abs().max().item<float>() > 1e-3f);
        // Without re-noising the seed draws nothing at eta 0: the same path whatever the seed.
        options.renoiseStart = false;
        const auto plain100 = run(schedule, options, {1, 2, 8, 8});
        options.seed = 100;
        QVERIFY(torch::equal(plain100, run(schedule, options, {1, 2, 8, 8})));
        QVERIFY(!torch::equal(plain100, first));
    }

    // The re-noised start keeps the start's predicted x_0: for the exact Gaussian denoiser, a
    // late start (little noise left) ends near where the start pointed, whatever the seed.
    void renoisedContinuationKeepsTheStartsContent()
    {
        const NoiseSchedule schedule;
        auto options = toyOptions(SamplerKind::Ddim, 25, 0.0, 3);
        const auto start = torch::full({1, 1, 16, 16}, 1.5);   // far from the data mean 0.3
        options.startXt = start;
        options.startIndex = 24;                                // t = 39: almost clean
        options.renoiseStart = true;
        const auto result = run(schedule, options, {1, 1, 16, 16});
        QVERIFY2(std::abs(result.mean().item<double>() - 1.5) < 0.15,
                 qPrintable(QString("mean %1").arg(result.mean().item<double>())));
    }

    // Known values are kept: where the mask is 1 the result is exactly the known value, where
    // it is 0.5 half-way between it and what the sampler made, and elsewhere the sampler still
    // produces the data distribution.
    void knownValuesAreKeptWhereTheMaskSays()
    {
        const NoiseSchedule schedule;
        auto options = toyOptions(SamplerKind::Ddim, 50, 0.0, 5);
        options.known = torch::full({1, 1, 64, 64}, -0.8);
        auto mask = torch::zeros({1, 1, 64, 64});
        mask.narrow(3, 0, 8).fill_(1.0);
        mask.narrow(3, 8, 8).fill_(0.5);
        options.knownMask = mask;
        std::vector<float> keptAtSteps;
        const auto result = *sample(schedule, exactGaussianDenoiser(schedule), {2, 1, 64, 64}, torch::kCPU,
                                    options, [&](const SamplerStep& s) {
                                        if (s.index >= 10)   // x_t after a replacement, noised to a t with signal left
                                            keptAtSteps.push_back(s.xt.narrow(3, 0, 8).mean().item<float>());
                                    });
        QVERIFY(torch::allclose(result.narrow(3, 0, 8), torch::full({2, 1, 64, 8}, -0.8)));
        // Noised known values keep their mean scaled by sqrt(alpha_bar): always below zero.
        QVERIFY(std::all_of(keptAtSteps.begin(), keptAtSteps.end(), [](float m) { return m < 0.0f; }));
        const auto free = result.narrow(3, 16, 48);
        QVERIFY(std::abs(free.mean().item<double>() - kDataMean) < 0.05);
        QVERIFY(std::abs(free.std().item<double>() - kDataStd) < 0.05);
        // Half-weighted columns: blended with the known value at every step, so pulled most of the
        // way to it, yet not replaced by it (the sampler's own values still count).
        const double half = result.narrow(3, 8, 8).mean().item<double>();
        QVERIFY2(half > -0.8 + 0.005 && half < (-0.8 + kDataMean) / 2, qPrintable(QString("half %1").arg(half)));
    }

    // The name table is what the CLI, the settings dock and provenance read: every sampler in it
    // must round-trip its name and run the step count the table promises.
    void everySamplerOfTheNameTableRuns()
    {
        const NoiseSchedule schedule;
        for (const auto& entry : kSamplers) {
            QVERIFY(samplerKindFromString(entry.name) == entry.value);
            QCOMPARE(toString(entry.value), std::string(entry.name));
            const auto options = toyOptions(entry.value, 10, 0.0, 4);
            int steps = 0;
            const auto result = sample(schedule, exactGaussianDenoiser(schedule), {1, 1, 4, 4}, torch::kCPU, options,
                                       [&](const SamplerStep&) { ++steps; });
            QVERIFY(result && torch::isfinite(*result).all().item<bool>());
            QCOMPARE(int64_t(steps), samplerStepCount(entry.value, 10, schedule.timesteps()));
            QCOMPARE(int64_t(samplerTimesteps(schedule, options).size()), int64_t(steps));
        }
    }

    void unknownSamplerNamesAreRefusedWithTheValidOnes()
    {
        for (const std::string name : {"DDIM", "euler", ""}) {
            try {
                samplerKindFromString(name);
                QFAIL("an unknown sampler name was accepted");
            } catch (const std::invalid_argument& error) {
                const std::string message = error.what();
                QVERIFY2(message.find("\"" + name + "\"") != std::string::npos, error.what());
                for (const auto& known : samplerNames())
                    QVERIFY2(message.find(known) != std::string::npos, error.what());
            }
        }
    }

    void clippingBoundsPredictedX0()
    {
        const NoiseSchedule schedule;
        auto options = toyOptions(SamplerKind::Ddim, 10, 0.0, 2);
        options.clipX0 = true;
        const Denoiser wild = [](const torch::Tensor& xt, const torch::Tensor&) { return -3.0 * xt; };
        float largest = 0;
        sample(schedule, wild, {1, 2, 4, 4}, torch::kCPU, options,
               [&](const SamplerStep& s) { largest = std::max(largest, s.predictedX0.abs().max().item<float>()); });
        QVERIFY(largest <= 1.0f);
    }

    // The result shown is the consensus: the candidates' mean a*b*, appended after them; a single
    // candidate has none.
    void consensusIsTheCandidatesMeanAfterThem()
    {
        auto candidates = torch::zeros({3, 2, 2, 2});
        candidates[0][0].fill_(0.3F);     // candidate 0 at a = 0.3
        candidates[1][0].fill_(-0.6F);    // candidate 1 at a = -0.6
        candidates[2][1].fill_(0.9F);     // candidate 2 at b = 0.9
        candidates[2][1][0][0] = 0.0F;    // ...but 0 at one pixel
        const torch::Tensor results = withConsensus(candidates, 0.0);
        QCOMPARE(results.sizes().vec(), (std::vector<int64_t>{4, 2, 2, 2}));
        QVERIFY(torch::equal(results.narrow(0, 0, 3), candidates));
        QVERIFY(std::abs(results[3][0][1][1].item<float>() - (-0.1F)) < 1e-6F);
        QVERIFY(std::abs(results[3][1][1][1].item<float>() - 0.3F) < 1e-6F);
        QVERIFY(std::abs(results[3][1][0][0].item<float>()) < 1e-6F);
        const auto single = torch::rand({1, 2, 4, 4});
        QVERIFY(torch::equal(withConsensus(single, 0.0), single));
        QVERIFY(!withConsensus(single, 0.0).is_same(single));   // a copy: never the caller's buffer
        QCOMPARE(resultCount(3), 4);
        QCOMPARE(resultCount(1), 1);
        QCOMPARE(shownResult(3), 3);
        QCOMPARE(shownResult(1), 0);
        QVERIFY(isConsensus(3, 3) && !isConsensus(2, 3) && !isConsensus(0, 1));
        QCOMPARE(drawnOf(4), 3);
        QCOMPARE(drawnOf(1), 1);
    }

    // With damping D the consensus keeps the mean's hue and scales it by s / (s + D), s the
    // squared mean over the candidates' variance: untouched where they agree, toward neutral
    // where they scatter. Two candidates, one value each per pixel:
    void dampingTakesTheConsensusTowardNeutralWhereTheCandidatesDisagree()
    {
        auto candidates = torch::zeros({2, 2, 1, 4});
        // Pixel 0: a = 0.2 and 0.4. Mean 0.3, variance (0.1^2 + 0.1^2) / 1 = 0.02, so with
        // D = 2: 0.09 / (0.09 + 0.04) * 0.3.
        candidates[0][0][0][0] = 0.2F;
        candidates[1][0][0][0] = 0.4F;
        // Pixel 1: both at (0.1, -0.2): no variance, the color stays.
        for (const int k : {0, 1}) {
            candidates[k][0][0][1] = 0.1F;
            candidates[k][1][0][1] = -0.2F;
        }
        // Pixel 2: b = 0.5 and -0.3, nearly opposite: mean 0.1, variance 0.32, so
        // 0.01 / (0.01 + 0.64) * 0.1.
        candidates[0][1][0][2] = 0.5F;
        candidates[1][1][0][2] = -0.3F;
        // Pixel 3: both neutral: no strength and no variance, still neutral (not NaN).
        const torch::Tensor damped = withConsensus(candidates, 2.0)[2];
        const auto at = [&](int channel, int x) { return damped[channel][0][x].item<double>(); };
        QVERIFY(std::abs(at(0, 0) - 0.09 / 0.13 * 0.3) < 1e-6);
        QVERIFY(std::abs(at(1, 0)) < 1e-7);
        QVERIFY(std::abs(at(0, 1) - 0.1) < 1e-6 && std::abs(at(1, 1) + 0.2) < 1e-6);
        QVERIFY(std::abs(at(1, 2) - 0.01 / 0.65 * 0.1) < 1e-6);
        QCOMPARE(at(0, 3), 0.0);
        QCOMPARE(at(1, 3), 0.0);
        // The candidates themselves are untouched; damping 0 is the plain mean.
        QVERIFY(torch::equal(withConsensus(candidates, 2.0).narrow(0, 0, 2), candidates));
        QVERIFY(std::abs(withConsensus(candidates, 0.0)[2][0][0][0].item<double>() - 0.3) < 1e-6);
        QVERIFY_THROWS_EXCEPTION(c10::Error, withConsensus(candidates, -1.0));
    }
};

QTEST_APPLESS_MAIN(TestSamplers)
#include "tst_samplers.moc"
