// The trainer learns (a tiny model overfits a handful of generated images) and resumes exactly.

#include "colorized/core/colorizer.h"
#include "colorized/core/labpack.h"
#include "colorized/core/safetensors.h"
#include "colorized/core/samplers.h"
#include "colorized/core/schedule.h"
#include "colorized/core/trainer.h"
#include "colorized/core/unet.h"

#include "tinymodel.h"

#include <torch/torch.h>

#include <QtTest>

using namespace colorized;

namespace {

// Wide enough (base width 16) to overfit a handful of images within the test's steps.
ModelInfo tinyModel()
{
    testsupport::TinyModel model;
    model.timesteps = 100;
    model.resolution = 16;
    model.baseWidth = 16;
    return testsupport::tinyModelInfo(model);
}

TrainConfig tinyConfig()
{
    TrainConfig config;
    config.batchSize = 8;
    config.crop = 16;
    config.learningRate = 3e-3;
    config.warmupSteps = 10;
    config.validationImages = 8;
    config.seed = 4;
    return config;
}

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
    }

    void tinyModelOverfitsGeneratedImages()
    {
        const auto images = testsupport::generatedLabImages(8, 16, 1);
        auto config = tinyConfig();
        config.steps = 250;
        Trainer trainer(config, tinyModel(), images, images);
        double first = 0, last = 0;
        const double initialValidation = trainer.validationLoss();
        for (int64_t step = 0; step < config.steps; ++step) {
            const double loss = trainer.trainStep();
            if (step < 20)
                first += loss / 20;
            if (step >= config.steps - 50)
                last += loss / 50;
        }
        const double finalValidation = trainer.validationLoss();
        qInfo("training loss %.4f -> %.4f, validation (EMA) %.4f -> %.4f", first, last, initialValidation,
              finalValidation);
        QVERIFY2(first / last >= 5.0, qPrintable(QString("loss fell only %1x").arg(first / last)));
        QVERIFY(finalValidation < initialValidation / 3.0);
        QCOMPARE(trainer.step(), config.steps);
    }

    // "without the architecture key": a checkpoint as written before "colorized.architecture"
    // existed (the U-Net configuration in "colorized.unet" alone), as a run started with an
    // older binary leaves behind.
    void resumesExactly_data()
    {
        QTest::addColumn<bool>("legacyFormat");
        QTest::newRow("current format") << false;
        QTest::newRow("without the architecture key") << true;
    }

    void resumesExactly()
    {
        QFETCH(bool, legacyFormat);
        const auto images = testsupport::generatedLabImages(8, 24, 2);
        auto config = tinyConfig();
        config.steps = 6;
        const std::string checkpoint = dir_.filePath("run.ckpt").toStdString();

        Trainer straight(config, tinyModel(), images, images);
        for (int i = 0; i < 3; ++i)
            straight.trainStep();
        straight.validationLoss();
        straight.saveCheckpoint(checkpoint);
        if (legacyFormat) {
            auto content = readSafetensors(checkpoint);
            QCOMPARE(content.metadata.erase("colorized.architecture"), size_t(1));
            QVERIFY(content.metadata.count("colorized.unet"));
            writeSafetensors(checkpoint, content);
        }
        for (int i = 0; i < 3; ++i)
            straight.trainStep();

        auto otherSeed = config;
        otherSeed.seed = 99;   // everything that matters must come from the checkpoint
        Trainer resumed(otherSeed, tinyModel(), images, images);
        resumed.loadCheckpoint(checkpoint);
        QCOMPARE(resumed.step(), int64_t(3));
        QCOMPARE(resumed.validationHistory().size(), size_t(1));
        for (int i = 0; i < 3; ++i)
            resumed.trainStep();

        const auto a = straight.net()->named_parameters();
        const auto b = resumed.net()->named_parameters();
        for (const auto& item : a)
            QVERIFY2(torch::equal(item.value(), b[item.key()]), item.key().c_str());
        const auto emaA = straight.ema()->named_parameters();
        const auto emaB = resumed.ema()->named_parameters();
        for (const auto& item : emaA)
            QVERIFY2(torch::equal(item.value(), emaB[item.key()]), item.key().c_str());
    }

    void refusesACheckpointOfAnotherNetwork()
    {
        const auto images = testsupport::generatedLabImages(8, 16, 5);
        const std::string checkpoint = dir_.filePath("other.ckpt").toStdString();
        Trainer(tinyConfig(), tinyModel(), images, images).saveCheckpoint(checkpoint);

        ModelInfo wider = tinyModel();
        UNetConfig unet = unetConfigFromJson(wider.network.config);
        unet.baseWidth = 24;
        wider.network = unetSpec(unet);
        Trainer trainer(tinyConfig(), wider, images, images);
        try {
            trainer.loadCheckpoint(checkpoint);
            QFAIL("a checkpoint of another network was accepted");
        } catch (const std::runtime_error& error) {
            const std::string message = error.what();
            QVERIFY2(message.find("other.ckpt") != std::string::npos, error.what());
            QVERIFY2(message.find("different network") != std::string::npos, error.what());
        }
        QCOMPARE(trainer.step(), int64_t(0));
    }

    void runTrainingCheckpointsOnCancelAndExports()
    {
        const auto images = testsupport::generatedLabImages(8, 16, 3);
        auto config = tinyConfig();
        config.steps = 50;
        config.validateEvery = 5;
        config.checkpointEvery = 0;
        Trainer trainer(config, tinyModel(), images, images);
        std::atomic<bool> cancel{false};
        std::vector<TrainProgress> seen;
        int checkpoints = 0;
        TrainLoopOptions options;
        options.checkpointPath = dir_.filePath("cancel.ckpt").toStdString();
        options.onProgress = [&](const TrainProgress& p) {
            seen.push_back(p);
            if (p.step == 7)
                cancel = true;
        };
        options.onCheckpoint = [&](const std::string&) { ++checkpoints; };
        QVERIFY(!runTraining(trainer, options, &cancel));
        QCOMPARE(int(seen.size()), 7);
        QCOMPARE(checkpoints, 1);
        QVERIFY(seen[4].validationLoss.has_value());
        QVERIFY(!seen[3].validationLoss.has_value());
        QVERIFY(seen.back().etaSeconds > 0);

        const std::string model = dir_.filePath("exported.safetensors").toStdString();
        trainer.exportModel(model, WeightPrecision::Float16, {{"data", "generated shapes"}});
        const auto info = readModelInfo(model);
        QCOMPARE(info.provenance["data"].get<std::string>(), std::string("generated shapes"));
        QCOMPARE(info.provenance["training"]["steps_done"].get<int64_t>(), int64_t(7));
    }

    void rejectsBadInput()
    {
        const auto images = testsupport::generatedLabImages(2, 16, 3);
        auto config = tinyConfig();
        config.crop = 32;   // larger than the images
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Trainer(config, tinyModel(), images, images));
        config = tinyConfig();
        config.worldSize = 3;   // batch 8 does not split in 3
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Trainer(config, tinyModel(), images, images));
        const auto wrongType = images.to(torch::kFloat);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Trainer(tinyConfig(), tinyModel(), wrongType, images));
    }

    // Validation spreads validationImages over the whole held-out pack (several joined sources),
    // so a pack larger than validationImages must validate, and on images beyond the first ones.
    void validatesAcrossALargerPack()
    {
        const auto train = testsupport::generatedLabImages(8, 16, 5);
        auto held = testsupport::generatedLabImages(20, 16, 6);
        const auto config = tinyConfig();   // validationImages 8 of 20
        Trainer spread(config, tinyModel(), train, held);
        const double loss = spread.validationLoss();
        QVERIFY(std::isfinite(loss) && loss > 0.0);
        // Images 0, 2, 5, 7, 10, 12, 15, 17 are the ones validated: changing image 19 changes
        // nothing, changing image 17 changes the loss.
        held[19].fill_(128);
        QCOMPARE(Trainer(config, tinyModel(), train, held).validationLoss(), loss);
        held[17].fill_(128);
        QVERIFY(Trainer(config, tinyModel(), train, held).validationLoss() != loss);
    }

    void sampleWeightsAreChecked()
    {
        const auto images = testsupport::generatedLabImages(4, 16, 7);
        Trainer trainer(tinyConfig(), tinyModel(), images, images);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.setSampleWeights(torch::ones({3})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.setSampleWeights(torch::tensor({1.0, -1.0, 1.0, 1.0})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.setSampleWeights(torch::zeros({4})));
        trainer.setSampleWeights(torch::tensor({0.0, 0.0, 1.0, 3.0}));
        QVERIFY(std::isfinite(trainer.trainStep()));
    }

    // Classifier-free guidance: a model trained with unconditional samples says so in its
    // provenance; guidance 0 is then the prediction without the photo (the same colors whatever
    // the L*), and a model trained without them refuses guidance.
    void unconditionalTrainingEnablesGuidance()
    {
        const auto images = testsupport::generatedLabImages(8, 16, 8);
        const auto trained = [&](double unconditional, const QString& name) {
            auto config = tinyConfig();
            config.steps = 3;
            config.unconditionalProbability = unconditional;
            Trainer trainer(config, tinyModel(), images, images);
            for (int step = 0; step < 3; ++step)
                trainer.trainStep();
            const std::string path = dir_.filePath(name).toStdString();
            trainer.exportModel(path, WeightPrecision::Float32, {});
            return loadModel(path);
        };
        LoadedModel guided = trained(0.3, "guided.safetensors");
        LoadedModel plain = trained(0.0, "plain.safetensors");
        QVERIFY(trainedForGuidance(guided.info));
        QVERIFY(!trainedForGuidance(plain.info));
        QVERIFY(!trainedForGuidance(tinyModel()));
        // Unasked, a model trained for guidance runs at the defaults, any other unguided with the
        // consensus' plain mean; what is asked for wins either way.
        const GuidanceSettings guidedDefaults = guidanceSettingsFor({}, guided.info);
        QCOMPARE(guidedDefaults.guidance, kDefaultGuidance);
        QCOMPARE(guidedDefaults.cutoff, kDefaultGuidanceCutoff);
        QCOMPARE(guidedDefaults.damping, kDefaultDamping);
        const GuidanceSettings plainDefaults = guidanceSettingsFor({}, plain.info);
        QCOMPARE(plainDefaults.guidance, 1.0);
        QCOMPARE(plainDefaults.cutoff, 0.0);
        QCOMPARE(plainDefaults.damping, 0.0);
        ColorizeOptions asked;
        asked.damping = 0.5;
        asked.guidanceCutoff = 0.25;
        const GuidanceSettings guidedAsked = guidanceSettingsFor(asked, guided.info);
        QCOMPARE(guidedAsked.guidance, kDefaultGuidance);
        QCOMPARE(guidedAsked.cutoff, 0.25);
        QCOMPARE(guidedAsked.damping, 0.5);
        QCOMPARE(guidanceSettingsFor(asked, plain.info).damping, 0.5);
        // Settings that cannot run are refused where they are resolved, before any sampling.
        ColorizeOptions outOfRange;
        outOfRange.guidanceCutoff = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guidanceSettingsFor(outOfRange, guided.info));
        outOfRange = {};
        outOfRange.damping = -1.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guidanceSettingsFor(outOfRange, guided.info));
        ColorizeOptions guidedAskedOfPlain;
        guidedAskedOfPlain.guidance = 2.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guidanceSettingsFor(guidedAskedOfPlain, plain.info));

        // Guided at every step unless a cutoff is asked for.
        const auto optionsFor = [](std::optional<double> guidance, std::optional<double> cutoff) {
            ColorizeOptions options;
            options.sampler.steps = 5;
            options.sampler.seed = 11;
            options.candidates = 2;
            options.guidance = guidance;
            options.guidanceCutoff = cutoff;
            return options;
        };
        const auto colorize = [&](LoadedModel& model, const torch::Tensor& luminance, std::optional<double> guidance,
                                  std::optional<double> cutoff = 0.0) {
            return *colorizeAb(model, {luminance, {}, {}, {}, {}}, optionsFor(guidance, cutoff));
        };
        const auto ramp = torch::linspace(-1, 1, 16).expand({1, 1, 16, 16}).contiguous();
        const auto dark = torch::full({1, 1, 16, 16}, -0.8);
        QVERIFY(torch::equal(colorize(guided, ramp, 0.0), colorize(guided, dark, 0.0)));
        QVERIFY(!torch::equal(colorize(guided, ramp, 1.0), colorize(guided, dark, 1.0)));
        QVERIFY(!torch::allclose(colorize(guided, ramp, 2.0), colorize(guided, ramp, 1.0)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, colorize(plain, ramp, 2.0));
        // Unasked, each model runs at its own default.
        QVERIFY(torch::equal(colorize(guided, ramp, std::nullopt, std::nullopt),
                             colorize(guided, ramp, kDefaultGuidance, kDefaultGuidanceCutoff)));
        QVERIFY(torch::equal(colorize(plain, ramp, std::nullopt), colorize(plain, ramp, 1.0)));

        // The guidance cutoff: guided at the timesteps t >= cutoff * T only. With a cutoff at the
        // third of five DDIM timesteps, the first three steps are those of a run guided at every
        // step and the fourth is not; a cutoff of 1 guides no timestep at all.
        const auto predictedPerStep = [&](double cutoff) {
            std::vector<torch::Tensor> predicted;
            const auto result = colorizeAb(guided, {ramp, {}, {}, {}, {}}, optionsFor(2.0, cutoff),
                                           [&](const SamplerStep& step) { predicted.push_back(step.predictedX0.clone()); });
            predicted.push_back(*result);
            return predicted;
        };
        const NoiseSchedule schedule(guided.info.schedule);
        SamplerOptions fiveSteps;
        fiveSteps.steps = 5;
        const auto timesteps = samplerTimesteps(schedule, fiveSteps);
        QCOMPARE(timesteps.size(), size_t(5));
        const double cutoff = double(timesteps[2]) / double(schedule.timesteps());
        const auto everyStep = predictedPerStep(0.0), noisiest = predictedPerStep(cutoff);
        QCOMPARE(noisiest.size(), size_t(6));
        for (int step = 0; step < 3; ++step)
            QVERIFY(torch::equal(noisiest[step], everyStep[step]));
        QVERIFY(!torch::allclose(noisiest[3], everyStep[3]));
        QVERIFY(!torch::allclose(noisiest[5], everyStep[5]));
        QVERIFY(torch::equal(predictedPerStep(1.0)[5], colorize(guided, ramp, 1.0)));
    }

    void learningRateWarmsUpHoldsAndCoolsDown()
    {
        TrainConfig config;
        config.learningRate = 1e-3;
        config.steps = 100;
        config.warmupSteps = 10;
        config.cooldownSteps = 20;
        QCOMPARE(config.learningRateAt(0), 1e-4);
        QCOMPARE(config.learningRateAt(9), 1e-3);
        QCOMPARE(config.learningRateAt(80), 1e-3);
        QCOMPARE(config.learningRateAt(90), 5e-4);
        QCOMPARE(config.learningRateAt(99), 5e-5);
        QCOMPARE(config.learningRateAt(100), 0.0);
        config.cooldownSteps = 0;
        QCOMPARE(config.learningRateAt(99), 1e-3);
    }

    void labBytesMapToModelSpace()
    {
        auto lab = torch::zeros({1, 3, 1, 2}, torch::kByte);
        lab[0][0][0][0] = 255;   // L* 100
        lab[0][1][0][0] = 128;   // a* 0
        lab[0][2][0][0] = 238;   // b* 110
        lab[0][0][0][1] = 0;
        lab[0][1][0][1] = 18;    // a* -110
        const auto space = labBytesToModelSpace(lab);
        QCOMPARE(space[0][0][0][0].item<float>(), 1.0f);
        QCOMPARE(space[0][1][0][0].item<float>(), 0.0f);
        QCOMPARE(space[0][2][0][0].item<float>(), 1.0f);
        QCOMPARE(space[0][0][0][1].item<float>(), -1.0f);
        QCOMPARE(space[0][1][0][1].item<float>(), -1.0f);
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
