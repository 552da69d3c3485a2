// TrainJob: a whole fine-tuning run on its own thread (data, base metrics, training, previews,
// export), pause, and exact resume of a cancelled run.

#include "finetunetestdata.h"

#include "colorized/core/safetensors.h"
#include "colorized/jobs/trainjob.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace colorized;
using namespace colorized::jobs;

using finetunetest::kWaitMs;
using finetunetest::local;

class TestTrainJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsToTheEndAndExportsAModel();
    void pauseKeepsACheckpoint();
    void resumesACancelledRunExactly();
    void failsReadablyOnAnEmptyFolder();

private:
    TrainSettings settingsFor(const QString& work, int steps) const;

    QTemporaryDir dir_;
    finetunetest::FineTuneInputs inputs_;
};

void TestTrainJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    inputs_ = finetunetest::writeFineTuneInputs(dir_.path());
}

TrainSettings TestTrainJob::settingsFor(const QString& work, int steps) const
{
    TrainSettings settings = finetunetest::tinyTrainSettings(inputs_, work, steps);
    settings.learningRate = 1e-3;
    return settings;
}

void TestTrainJob::runsToTheEndAndExportsAModel()
{
    const QString work = dir_.filePath(QStringLiteral("run-full"));
    TrainJob job;
    QSignalSpy finished(&job, &TrainJob::finished);
    QSignalSpy failed(&job, &TrainJob::failed);
    QSignalSpy losses(&job, &TrainJob::lossReported);
    QSignalSpy validations(&job, &TrainJob::validationReported);
    QSignalSpy previews(&job, &TrainJob::previewsReady);
    QSignalSpy prepared(&job, &TrainJob::dataPrepared);
    QSignalSpy progress(&job, &TrainJob::progressChanged);
    job.start(settingsFor(work, 4));
    QVERIFY(job.isRunning());
    QVERIFY2(finished.wait(kWaitMs), failed.isEmpty() ? "timeout" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!job.isRunning());

    QCOMPARE(prepared.count(), 1);
    QCOMPARE(prepared.at(0).at(0).toInt() + prepared.at(0).at(1).toInt(), 8);
    QCOMPARE(prepared.at(0).at(1).toInt(), 3);  // dataset.h: at least 3 held out
    QCOMPARE(losses.count(), 4);
    QCOMPARE(validations.count(), 2);           // steps 2 and 4
    QCOMPARE(progress.last().at(0).toInt(), 4);
    QCOMPARE(progress.last().at(1).toInt(), 4);
    // step 0 (base model) and step 4 (fine-tuned); previews every 5 steps never come in 4
    QCOMPARE(previews.count(), 2);
    QCOMPARE(previews.first().at(0).toInt(), 0);
    const auto shown = previews.last().at(1).value<QVector<QImage>>();
    const auto truth = previews.last().at(2).value<QVector<QImage>>();
    QCOMPARE(shown.size(), 2);
    QCOMPARE(truth.size(), 2);
    QCOMPARE(shown.at(0).size(), QSize(48, 40));

    const auto outcome = finished.at(0).at(0).value<TrainOutcome>();
    QCOMPARE(outcome.steps, 4);
    QVERIFY(QFileInfo(outcome.modelPath).isFile());
    QCOMPARE(QFileInfo(outcome.modelPath).absolutePath(), QFileInfo(work).absoluteFilePath());
    QCOMPARE(outcome.baseMetrics.images, 2);
    QCOMPARE(outcome.tunedMetrics.images, 2);
    QVERIFY(outcome.baseMetrics.ssim > 0.0 && outcome.baseMetrics.ssim <= 1.0);
    QVERIFY(outcome.tunedMetrics.ciede2000 > 0.0);
    QCOMPARE(outcome.tunedPreviews.size(), 2);

    // The model file: loadable, with its provenance; the base file untouched.
    const LoadedModel tuned = loadModel(local(outcome.modelPath));
    QCOMPARE(tuned.info.provenance.at("kind").get<std::string>(), std::string("fine-tuned"));
    QCOMPARE(tuned.info.provenance.at("base_model").at("name").get<std::string>(), std::string("tiny base"));
    QCOMPARE(tuned.info.provenance.at("steps").get<int>(), 4);
    QVERIFY(tuned.info.provenance.at("metrics").contains("fine_tuned"));
    QCOMPARE(readModelInfo(local(inputs_.basePath)).name, std::string("tiny base"));

    TrainState state;
    QVERIFY(TrainJob::readState(work, &state));
    QCOMPARE(toString(state.status), toString(TrainStatus::Finished));
    QCOMPARE(state.step, 4);
    QCOMPARE(state.loss.size(), 4);
    QVERIFY(!TrainJob::interruptedRuns(dir_.path()).contains(QFileInfo(work).absoluteFilePath()));

    TrainJob::markSaved(work);
    QVERIFY(TrainJob::readState(work, &state));
    QCOMPARE(toString(state.status), toString(TrainStatus::Saved));
    QVERIFY(!QFileInfo::exists(QDir(work).filePath(QStringLiteral("checkpoint.ckpt"))));
}

void TestTrainJob::pauseKeepsACheckpoint()
{
    // Pause and cancel arrive from the GUI thread while the worker keeps stepping, so they take
    // effect at the end of some later step: the test reads which one from the signals.
    const QString work = dir_.filePath(QStringLiteral("run-pause"));
    TrainJob job;
    QSignalSpy paused(&job, &TrainJob::pausedChanged);
    QSignalSpy checkpoints(&job, &TrainJob::checkpointSaved);
    QSignalSpy finished(&job, &TrainJob::finished);
    connect(&job, &TrainJob::progressChanged, &job, [&job](int step) {
        if (step == 1)
            job.setPaused(true);
    });
    job.start(settingsFor(work, 20));
    QVERIFY(paused.wait(kWaitMs));
    QCOMPARE(paused.at(0).at(0).toBool(), true);
    QVERIFY(job.isPaused());
    const int pausedAt = checkpoints.last().at(0).toInt();
    QVERIFY(pausedAt >= 1 && pausedAt < 20);
    TrainState state;
    QVERIFY(TrainJob::readState(work, &state));
    QCOMPARE(toString(state.status), toString(TrainStatus::Paused));
    QCOMPARE(state.step, pausedAt);
    QCOMPARE(state.loss.size(), pausedAt);
    QVERIFY(QFileInfo::exists(QDir(work).filePath(QStringLiteral("checkpoint.ckpt"))));
    QVERIFY(TrainJob::interruptedRuns(dir_.path()).contains(QFileInfo(work).absoluteFilePath()));

    job.setPaused(false);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(paused.count(), 2);
    QCOMPARE(paused.at(1).at(0).toBool(), false);
}

void TestTrainJob::resumesACancelledRunExactly()
{
    constexpr int kSteps = 20;
    // The reference: all steps without interruption.
    const QString referenceWork = dir_.filePath(QStringLiteral("run-reference"));
    QString referenceModel;
    {
        TrainJob job;
        QSignalSpy finished(&job, &TrainJob::finished);
        job.start(settingsFor(referenceWork, kSteps));
        QVERIFY(finished.wait(kWaitMs));
        referenceModel = finished.at(0).at(0).value<TrainOutcome>().modelPath;
    }

    // The same run, cancelled early (as when the window is closed)...
    const QString work = dir_.filePath(QStringLiteral("run-interrupted"));
    int stoppedAt = 0;
    {
        TrainJob job;
        QSignalSpy cancelled(&job, &TrainJob::cancelled);
        connect(&job, &TrainJob::progressChanged, &job, [&job](int step) {
            if (step == 2)
                job.cancel();
        });
        job.start(settingsFor(work, kSteps));
        QVERIFY(cancelled.wait(kWaitMs));
        stoppedAt = cancelled.at(0).at(0).toInt();
        QVERIFY(stoppedAt >= 2 && stoppedAt < kSteps);
    }
    TrainState state;
    QVERIFY(TrainJob::readState(work, &state));
    QCOMPARE(toString(state.status), toString(TrainStatus::Cancelled));
    QCOMPARE(state.step, stoppedAt);
    QCOMPARE(state.loss.size(), stoppedAt);
    QVERIFY(QFileInfo::exists(QDir(work).filePath(QStringLiteral("checkpoint.ckpt"))));
    QVERIFY(TrainJob::interruptedRuns(dir_.path()).contains(QFileInfo(work).absoluteFilePath()));

    // ... then resumed by a new job, as the wizard does after a restart.
    TrainJob resumed;
    QSignalSpy history(&resumed, &TrainJob::historyRestored);
    QSignalSpy losses(&resumed, &TrainJob::lossReported);
    QSignalSpy finished(&resumed, &TrainJob::finished);
    QSignalSpy failed(&resumed, &TrainJob::failed);
    resumed.resume(work);
    QVERIFY2(finished.wait(kWaitMs), failed.isEmpty() ? "timeout" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(history.count(), 1);
    QCOMPARE(history.at(0).at(0).value<QVector<TrainPoint>>().size(), stoppedAt);
    QCOMPARE(losses.count(), kSteps - stoppedAt);  // only the steps after the checkpoint
    QCOMPARE(losses.first().at(0).toInt(), stoppedAt + 1);

    // Exact resume: the same weights as the uninterrupted run.
    const auto expected = readSafetensors(local(referenceModel)).tensors;
    const auto actual = readSafetensors(local(finished.at(0).at(0).value<TrainOutcome>().modelPath)).tensors;
    QCOMPARE(actual.size(), expected.size());
    for (const auto& [name, tensor] : expected)
        QVERIFY2(torch::equal(actual.at(name), tensor), name.c_str());
}

void TestTrainJob::failsReadablyOnAnEmptyFolder()
{
    const QString empty = dir_.filePath(QStringLiteral("empty"));
    QDir().mkpath(empty);
    TrainSettings settings = settingsFor(dir_.filePath(QStringLiteral("run-empty")), 2);
    settings.dataFolder = empty;
    TrainJob job;
    QSignalSpy failed(&job, &TrainJob::failed);
    job.start(settings);
    QVERIFY(failed.wait(kWaitMs));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("usable photographs")), qPrintable(message));
    QVERIFY(!job.isRunning());
}

QTEST_GUILESS_MAIN(TestTrainJob)
#include "tst_trainjob.moc"
