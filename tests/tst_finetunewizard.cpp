// The fine-tune wizard driven offscreen from the first page to Finish on tiny generated
// photographs and a tiny model, and the resume of an interrupted run from its first page.

#include "finetunetestdata.h"

#include "finetunewizard.h"
#include "folderpage.h"
#include "losschart.h"
#include "previewgrid.h"
#include "reportpage.h"
#include "resultpage.h"
#include "settingspage.h"
#include "trainingpage.h"

#include "colorized/jobs/modelstore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace colorized;
using namespace colorized::finetune;
using colorized::jobs::TrainJob;

using finetunetest::kWaitMs;
using finetunetest::local;

class TestFineTuneWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void endToEnd();
    void resumesAnInterruptedRun();

private:
    FineTuneOptions options() const;

    QTemporaryDir dir_;
    finetunetest::FineTuneInputs inputs_;
    QString trainingRoot_;
};

void TestFineTuneWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    inputs_ = finetunetest::writeFineTuneInputs(dir_.path());
    // Two files the report must list as problems: not an image, and an unreadable "image".
    QFile text(dir_.filePath(QStringLiteral("photos/notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a photograph");
    text.close();
    QFile broken(dir_.filePath(QStringLiteral("photos/broken.jpg")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("\xff\xd8 truncated");
    broken.close();
}

void TestFineTuneWizard::init()
{
    trainingRoot_ = dir_.filePath(QStringLiteral("training-%1").arg(QTest::currentTestFunction()));
    QDir(colorized::jobs::userModelsFolder()).removeRecursively();
    QSettings().remove(QStringLiteral("model/path"));
}

FineTuneOptions TestFineTuneWizard::options() const
{
    FineTuneOptions options;
    options.activeModelPath = inputs_.basePath;
    options.trainingRoot = trainingRoot_;
    options.threads = 1;
    return options;
}

void TestFineTuneWizard::endToEnd()
{
    const QByteArray baseBytes = [this] {
        QFile file(inputs_.basePath);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    FineTuneWizard wizard(options());
    QSignalSpy saved(&wizard, &FineTuneWizard::modelSaved);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(FineTuneWizard::FolderPage));
    QVERIFY(!wizard.findChild<QGroupBox*>(QStringLiteral("resumeBox"))->isVisible());
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("layoutsLabel"))->text().contains(QStringLiteral("_color")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());  // no folder yet

    // Folder page -> pairing report.
    wizard.findChild<QLineEdit*>(QStringLiteral("folderEdit"))->setText(inputs_.dataFolder);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    auto* report = static_cast<ReportPage*>(wizard.page(FineTuneWizard::ReportPage));
    QSignalSpy reportReady(report, &ReportPage::reportReady);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FineTuneWizard::ReportPage));
    QVERIFY(reportReady.wait(kWaitMs));
    QCOMPARE(wizard.report().items.size(), 8);
    QCOMPARE(wizard.report().colorOnly, 8);
    const QString summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("8 photographs can be used")), qPrintable(summary));
    bool listsBroken = false;
    for (const auto& problem : wizard.report().problems)
        listsBroken = listsBroken || problem.path.endsWith(QStringLiteral("broken.jpg"));
    QVERIFY(listsBroken);
    wizard.findChild<QSpinBox*>(QStringLiteral("heldOutPercent"))->setValue(25);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Settings: tiny numbers; the time estimate comes from a measured step.
    auto* settings = static_cast<SettingsPage*>(wizard.page(FineTuneWizard::SettingsPage));
    QSignalSpy estimated(settings, &SettingsPage::estimateUpdated);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FineTuneWizard::SettingsPage));
    QCOMPARE(settings->baseModelPath(), QFileInfo(inputs_.basePath).absoluteFilePath());
    QCOMPARE(settings->resolution(), 16);  // the base model's own
    wizard.findChild<QSpinBox*>(QStringLiteral("stepsSpin"))->setValue(4);
    wizard.findChild<QSpinBox*>(QStringLiteral("batchSpin"))->setValue(2);
    while (estimated.isEmpty() || settings->measuredStepSeconds() < 0.0)
        QVERIFY(estimated.wait(kWaitMs));
    QVERIFY(settings->measuredStepSeconds() > 0.0);
    const QString estimate = wizard.findChild<QLabel*>(QStringLiteral("estimateLabel"))->text();
    QVERIFY2(estimate.contains(QStringLiteral("4 steps with the previews")), qPrintable(estimate));
    const auto trainSettings = wizard.trainSettings();
    QCOMPARE(trainSettings.steps, 4);
    QCOMPARE(trainSettings.batchSize, 2);
    QCOMPARE(trainSettings.heldOutFraction, 0.25);

    // Training, on the job's thread: the GUI thread keeps running this test's event loop.
    QSignalSpy finished(wizard.job(), &TrainJob::finished);
    QSignalSpy failed(wizard.job(), &TrainJob::failed);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FineTuneWizard::TrainingPage));
    QVERIFY(wizard.job()->isRunning());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(finished.wait(kWaitMs), failed.isEmpty() ? "timeout" : qPrintable(failed.at(0).at(0).toString()));
    auto* training = static_cast<TrainingPage*>(wizard.page(FineTuneWizard::TrainingPage));
    QVERIFY(training->chart()->lossPointCount() >= 1);
    QVERIFY(training->chart()->validationPointCount() >= 1);
    // The 3 held-out photographs (at least 3 are set aside): true colors, base model, latest.
    QCOMPARE(training->previews()->imageCount(0), 3);
    QCOMPARE(training->previews()->imageCount(1), 3);
    QCOMPARE(training->previews()->imageCount(2), 3);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Result: metrics side by side, a name, Finish installs and activates.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FineTuneWizard::ResultPage));
    auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("metricsTable"));
    QCOMPARE(table->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        for (int column = 1; column < 3; ++column)
            QVERIFY(!table->item(row, column)->text().isEmpty());
    QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("CIEDE2000")));
    auto* name = wizard.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"));
    QVERIFY(!name->text().isEmpty());
    name->setText(QStringLiteral("Test tuned"));
    // "Use the new model" is offered ticked only when the tuned model came closer to the true
    // colors (the CIEDE2000 row, lower is better); ticked here to check the activation.
    auto* makeActive = wizard.findChild<QCheckBox*>(QStringLiteral("makeActiveCheck"));
    QVERIFY(makeActive);
    const double baseError = QLocale().toDouble(table->item(0, 1)->text());
    const double tunedError = QLocale().toDouble(table->item(0, 2)->text());
    if (table->item(0, 1)->text() != table->item(0, 2)->text())   // equal to 2 decimals: either way
        QCOMPARE(makeActive->isChecked(), tunedError < baseError);
    makeActive->setChecked(true);
    wizard.button(QWizard::FinishButton)->click();

    QCOMPARE(saved.count(), 1);
    const QString path = saved.at(0).at(0).toString();
    QVERIFY(saved.at(0).at(1).toBool());
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(colorized::jobs::userModelsFolder()).absoluteFilePath());
    QCOMPARE(QSettings().value(QStringLiteral("model/path")).toString(), path);
    const ModelInfo info = readModelInfo(local(path));
    QCOMPARE(info.name, std::string("Test tuned"));
    QCOMPARE(info.provenance.at("metrics").at("base").at("images").get<int>(), 3);
    const LoadedModel loaded = loadModel(local(path));
    QVERIFY(loaded.net->parameterCount() > 0);

    // The base model file is byte for byte what it was; the run is no longer offered for resume.
    QFile base(inputs_.basePath);
    QVERIFY(base.open(QIODevice::ReadOnly));
    QCOMPARE(base.readAll(), baseBytes);
    QVERIFY(TrainJob::interruptedRuns(trainingRoot_).isEmpty());
}

void TestFineTuneWizard::resumesAnInterruptedRun()
{
    // A run stopped early (as when the application was closed during training). The stop takes
    // effect at the end of some step after the request: the worker does not wait for the GUI.
    auto settings = finetunetest::tinyTrainSettings(inputs_, trainingRoot_ + QStringLiteral("/run"), 12);
    settings.checkpointEvery = 10;
    settings.validateEvery = 1;   // the chart below counts one validation point per step
    settings.previewEvery = 10;
    {
        TrainJob job;
        QSignalSpy cancelled(&job, &TrainJob::cancelled);
        connect(&job, &TrainJob::progressChanged, &job, [&job](int step) {
            if (step == 2)
                job.cancel();
        });
        job.start(settings);
        QVERIFY(cancelled.wait(kWaitMs));
    }

    FineTuneWizard wizard(options());
    wizard.show();
    auto* box = wizard.findChild<QGroupBox*>(QStringLiteral("resumeBox"));
    QVERIFY(box->isVisible());
    const auto* folderPage = static_cast<FolderPage*>(wizard.page(FineTuneWizard::FolderPage));
    QCOMPARE(folderPage->interruptedRun(), QFileInfo(settings.workFolder).absoluteFilePath());

    QSignalSpy history(wizard.job(), &TrainJob::historyRestored);
    QSignalSpy finished(wizard.job(), &TrainJob::finished);
    QSignalSpy failed(wizard.job(), &TrainJob::failed);
    box->findChild<QPushButton*>(QStringLiteral("resumeButton"))->click();
    QCOMPARE(wizard.currentId(), int(FineTuneWizard::TrainingPage));
    QVERIFY2(finished.wait(kWaitMs), failed.isEmpty() ? "timeout" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(history.count(), 1);
    const auto outcome = finished.at(0).at(0).value<colorized::jobs::TrainOutcome>();
    QCOMPARE(outcome.steps, 12);
    auto* training = static_cast<TrainingPage*>(wizard.page(FineTuneWizard::TrainingPage));
    QCOMPARE(training->chart()->validationPointCount(), 12);  // restored + new: every step validated
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestFineTuneWizard)
#include "tst_finetunewizard.moc"
