// ColorizeJob through its real worker thread with a tiny model: frames, progress, result,
// reproducibility, cancel, newest-request-wins, continue-from-frame, clear failures.

#include "guitestdata.h"
#include "tinymodel.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/stallprobe.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace colorized::jobs;

class TestColorizeJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runsToFinishedWithFramesAndCandidates();
    void sameSeedSameResult();
    void cancelStopsMidRun();
    void newestRequestForAPhotoWins();
    void continuesFromAFrame();
    void hintsChangeTheResult();
    void corruptFileFailsClearlyAndJobGoesOn();
    void missingModelFailsClearly();

private:
    ColorizeRequest request(const QString& path, int steps = 4, int candidates = 2) const;
    ColorizeResult runToEnd(ColorizeJob& job, const ColorizeRequest& request);

    QTemporaryDir dir_;
    QString model_, photo_, photo16_, corrupt_;
};

void TestColorizeJob::initTestCase()
{
    QVERIFY(dir_.isValid());
    model_ = colorized::testsupport::writeTinyModel(dir_.filePath(QStringLiteral("tiny.safetensors")));
    photo_ = guitest::makePhoto(dir_.filePath(QStringLiteral("photo.png")));
    photo16_ = guitest::makePhoto(dir_.filePath(QStringLiteral("photo16.tif")), 40, 52, CV_16UC1);
    corrupt_ = guitest::makeCorruptFile(dir_.filePath(QStringLiteral("broken.jpg")));
}

ColorizeRequest TestColorizeJob::request(const QString& path, int steps, int candidates) const
{
    ColorizeRequest r;
    r.sourcePath = path;
    r.settings.modelPath = model_;
    r.settings.steps = steps;
    r.settings.candidates = candidates;
    r.settings.seed = 7;
    return r;
}

ColorizeResult TestColorizeJob::runToEnd(ColorizeJob& job, const ColorizeRequest& r)
{
    QSignalSpy finished(&job, &ColorizeJob::finished);
    QSignalSpy failed(&job, &ColorizeJob::failed);
    job.submit(r);
    if (!finished.wait(60000) || finished.isEmpty()) {
        qWarning() << "no result" << failed;
        return {};
    }
    return finished.first().first().value<ColorizeResult>();
}

void TestColorizeJob::runsToFinishedWithFramesAndCandidates()
{
    ColorizeJob job;
    QSignalSpy started(&job, &ColorizeJob::started);
    QSignalSpy frames(&job, &ColorizeJob::frameReady);
    QSignalSpy progress(&job, &ColorizeJob::progressChanged);
    QSignalSpy models(&job, &ColorizeJob::modelLoaded);
    QSignalSpy idle(&job, &ColorizeJob::idle);
    StallProbe probe;
    probe.start();
    const ColorizeResult result = runToEnd(job, request(photo16_, 4, 2));
    probe.stop();
    QVERIFY(result.isValid());
    qInfo("GUI-thread (test event loop) longest stall during the run: %.1f ms over %d ticks",
          probe.longestStallMs(), probe.ticks());

    QCOMPARE(started.size(), 1);
    QCOMPARE(models.size(), 1);
    QCOMPARE(models.first().first().value<ModelSummary>().name, QString::fromStdString(colorized::testsupport::TinyModel().name));
    QCOMPARE(frames.size(), 4);
    for (int i = 0; i < frames.size(); ++i) {
        const auto frame = frames.at(i).first().value<TimelineFrame>();
        QCOMPARE(frame.step, i);
        QCOMPARE(frame.stepCount, 4);
        QCOMPARE(frame.noisy.size(), 3);       // two candidates and their consensus
        QCOMPARE(frame.predicted.size(), 3);
        QVERIFY(!frame.predicted.first().isNull());
        QCOMPARE(frame.predicted.first().format(), QImage::Format_RGB32);
    }
    QCOMPARE(progress.last().at(1).toInt(), 4);
    QCOMPARE(progress.last().at(2).toInt(), 4);

    QCOMPARE(result.image.size(), QSize(40, 52));
    QCOMPARE(result.sourceSize, QSize(40, 52));
    QCOMPARE(result.sourceBitDepth, 16);
    QCOMPARE(result.candidates.size(), 3);   // two candidates and their consensus, shown
    QCOMPARE(result.shown, 2);
    QVERIFY(!result.uncertainty.isNull());
    QCOMPARE(result.sourceSha256, guitest::sha256(photo16_));
    QCOMPARE(result.modelSha256.size(), 64);
    QCOMPARE(result.settings.steps, 4);
    QCOMPARE(result.settings.seed, quint64(7));
    QCOMPARE(result.settings.resolution, 32);
    QVERIFY(result.steps != nullptr);
    QVERIFY(idle.wait(5000) || !idle.isEmpty());
    QCOMPARE(job.pendingCount(), 0);
}

void TestColorizeJob::sameSeedSameResult()
{
    ColorizeJob job;
    const ColorizeResult first = runToEnd(job, request(photo_));
    const ColorizeResult second = runToEnd(job, request(photo_));
    QVERIFY(first.isValid() && second.isValid());
    QCOMPARE(first.image, second.image);
    ColorizeRequest other = request(photo_);
    other.settings.seed = 8;
    const ColorizeResult third = runToEnd(job, other);
    QVERIFY(third.isValid());
    QVERIFY(third.candidates.first() != first.candidates.first());
    // A project made before each photo drew its own noise renders with the seed's noise alone:
    // other colors than the same seed drawn for this file, and they are recorded as run.
    QVERIFY(first.settings.noisePerPhoto);
    ColorizeRequest seedsNoise = request(photo_);
    seedsNoise.settings.noisePerPhoto = false;
    const ColorizeResult fourth = runToEnd(job, seedsNoise);
    QVERIFY(fourth.isValid());
    QVERIFY(!fourth.settings.noisePerPhoto);
    QVERIFY(fourth.candidates.first() != first.candidates.first());
}

void TestColorizeJob::cancelStopsMidRun()
{
    ColorizeJob job;
    QSignalSpy cancelled(&job, &ColorizeJob::cancelled);
    QSignalSpy finished(&job, &ColorizeJob::finished);
    QSignalSpy frames(&job, &ColorizeJob::frameReady);
    ColorizeRequest r = request(photo_, 1, 1);
    r.settings.sampler = colorized::SamplerKind::Ddpm;  // all 50 steps
    const int id = job.submit(r);
    connect(&job, &ColorizeJob::frameReady, &job, [&job, id](const TimelineFrame& frame) {
        if (frame.step == 2)
            job.cancel(id);
    });
    QVERIFY(cancelled.wait(60000));
    QCOMPARE(cancelled.first().at(0).toInt(), id);
    QCOMPARE(cancelled.first().at(1).toString(), photo_);
    QVERIFY(finished.isEmpty());
    QVERIFY(frames.size() < 50);
    // The job still works afterwards.
    QVERIFY(runToEnd(job, request(photo_)).isValid());
}

void TestColorizeJob::newestRequestForAPhotoWins()
{
    ColorizeJob job;
    QSignalSpy cancelled(&job, &ColorizeJob::cancelled);
    QSignalSpy finished(&job, &ColorizeJob::finished);
    ColorizeRequest slow = request(photo_, 1, 1);
    slow.settings.sampler = colorized::SamplerKind::Ddpm;
    const int first = job.submit(slow);
    ColorizeRequest newer = request(photo_);
    newer.settings.seed = 99;
    const int second = job.submit(newer);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<ColorizeResult>();
    QCOMPARE(result.request, second);
    QCOMPARE(result.settings.seed, quint64(99));
    QVERIFY(!cancelled.isEmpty());
    QCOMPARE(cancelled.first().first().toInt(), first);
}

void TestColorizeJob::continuesFromAFrame()
{
    ColorizeJob job;
    const ColorizeResult base = runToEnd(job, request(photo_, 5, 2));
    QVERIFY(base.isValid());
    ColorizeRequest branch = request(photo_, 5, 2);
    branch.settings.seed = 123;
    branch.continueFrom.run = base.run;
    branch.continueFrom.steps = base.steps;
    branch.continueFrom.step = 2;
    QSignalSpy frames(&job, &ColorizeJob::frameReady);
    const ColorizeResult continued = runToEnd(job, branch);
    QVERIFY(continued.isValid());
    QCOMPARE(continued.startStep, 2);
    QCOMPARE(frames.size(), 3);  // steps 2, 3, 4
    QCOMPARE(frames.first().first().value<TimelineFrame>().step, 2);
    QCOMPARE(continued.image.size(), base.image.size());
}

void TestColorizeJob::hintsChangeTheResult()
{
    ColorizeJob job;
    const ColorizeResult plain = runToEnd(job, request(photo_, 3, 1));
    ColorizeRequest hinted = request(photo_, 3, 1);
    hinted.hints = {HintSpec{QPointF(0.5, 0.5), QColor(200, 30, 30), {}}};
    const ColorizeResult withHint = runToEnd(job, hinted);
    QVERIFY(plain.isValid() && withHint.isValid());
    QCOMPARE(withHint.hints.size(), 1);
    QVERIFY(plain.image != withHint.image);
}

void TestColorizeJob::corruptFileFailsClearlyAndJobGoesOn()
{
    ColorizeJob job;
    QSignalSpy failed(&job, &ColorizeJob::failed);
    QSignalSpy finished(&job, &ColorizeJob::finished);
    job.submit(request(corrupt_));
    const int good = job.submit(request(photo_));
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), corrupt_);
    const QString message = failed.first().at(2).toString();
    QVERIFY2(message.contains(QStringLiteral("broken.jpg")), qPrintable(message));
    QCOMPARE(finished.first().first().value<ColorizeResult>().request, good);
}

void TestColorizeJob::missingModelFailsClearly()
{
    ColorizeJob job;
    QSignalSpy failed(&job, &ColorizeJob::failed);
    ColorizeRequest r = request(photo_);
    r.settings.modelPath = dir_.filePath(QStringLiteral("nowhere.safetensors"));
    job.submit(r);
    QVERIFY(failed.wait(30000));
    const QString message = failed.first().at(2).toString();
    QVERIFY2(message.contains(QStringLiteral("nowhere.safetensors")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Settings")), qPrintable(message));

    QSignalSpy modelFailed(&job, &ColorizeJob::modelFailed);
    job.preloadModel(corrupt_);
    QVERIFY(modelFailed.wait(30000));
    QVERIFY(modelFailed.first().at(1).toString().contains(QStringLiteral("broken.jpg")));
}

QTEST_GUILESS_MAIN(TestColorizeJob)
#include "tst_colorizejob.moc"
