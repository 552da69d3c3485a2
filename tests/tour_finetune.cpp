// Not a test: a guided tour of the fine-tune wizard on a real display (Xvfb), the way an
// archivist goes through it, saving a screenshot of every page. It made docs/screenshots/
// wizard-*.png (on generated photographs: the project's photo sets may not be redistributed).
//
//   tour_finetune --base MODEL --data FOLDER --steps N --shots DIR [--batch B] [--model-name NAME]
//
// Built on request only (EXCLUDE_FROM_ALL): cmake --build BUILD --target tour_finetune.
// Uses the normal application data and settings folders: point XDG_DATA_HOME and
// XDG_CONFIG_HOME elsewhere to keep them clean.

#include "finetunewizard.h"
#include "losschart.h"
#include "modelmanagerdialog.h"
#include "reportpage.h"
#include "settingspage.h"

#include "colorized/jobs/trainjob.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

#include <cstdio>

using namespace colorized;
using namespace colorized::finetune;

namespace {

void shoot(QWidget* widget, const QString& file)
{
    QApplication::processEvents();
    if (widget->grab().save(file))
        std::fprintf(stderr, "tour: saved %s\n", qPrintable(file));
    else
        std::fprintf(stderr, "tour: could not save %s\n", qPrintable(file));
}

}  // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("COLORIZED"));
    QApplication::setApplicationName(QStringLiteral("colorized"));
    QCommandLineParser parser;
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("Base model."), QStringLiteral("file"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Photo folder."), QStringLiteral("dir"));
    const QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Steps."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Batch."), QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption shots(QStringLiteral("shots"), QStringLiteral("Screenshot folder."), QStringLiteral("dir"));
    const QCommandLineOption name(QStringLiteral("model-name"), QStringLiteral("Model name."), QStringLiteral("text"));
    parser.addOptions({base, data, steps, batch, shots, name});
    parser.addHelpOption();
    parser.process(app);
    const QDir out(parser.value(shots));
    QDir().mkpath(out.path());

    FineTuneOptions options;
    options.activeModelPath = QFileInfo(parser.value(base)).absoluteFilePath();
    options.threads = 2;
    FineTuneWizard wizard(options);
    wizard.show();
    QElapsedTimer clock;
    clock.start();
    const auto say = [&clock](const char* what) {
        std::fprintf(stderr, "tour: %6.1f s  %s\n", clock.elapsed() / 1000.0, what);
    };

    // 1. Folder.
    wizard.findChild<QLineEdit*>(QStringLiteral("folderEdit"))->setText(QDir::toNativeSeparators(parser.value(data)));
    shoot(&wizard, out.filePath(QStringLiteral("wizard-1-folder.png")));

    // 2. Report, once the folder was read.
    auto* report = static_cast<ReportPage*>(wizard.page(FineTuneWizard::ReportPage));
    auto* settings = static_cast<SettingsPage*>(wizard.page(FineTuneWizard::SettingsPage));
    QObject::connect(report, &ReportPage::reportReady, &wizard, [&] {
        say("pairing report ready");
        shoot(&wizard, out.filePath(QStringLiteral("wizard-2-report.png")));
        wizard.next();
        wizard.findChild<QSpinBox*>(QStringLiteral("stepsSpin"))->setValue(parser.value(steps).toInt());
        wizard.findChild<QSpinBox*>(QStringLiteral("batchSpin"))->setValue(parser.value(batch).toInt());
    });
    // 3. Settings, once a step was measured.
    QObject::connect(settings, &SettingsPage::estimateUpdated, &wizard, [&](double seconds) {
        if (seconds <= 0.0 || wizard.currentId() != FineTuneWizard::SettingsPage)
            return;
        std::fprintf(stderr, "tour: measured %.3f s per step\n", seconds);
        shoot(&wizard, out.filePath(QStringLiteral("wizard-3-settings.png")));
        wizard.next();
    });
    // 4. Training: a shot when previews have been updated at least twice during training.
    int previewUpdates = 0;
    QObject::connect(wizard.job(), &jobs::TrainJob::previewsReady, &wizard, [&](int step) {
        std::fprintf(stderr, "tour: %6.1f s  previews at step %d\n", clock.elapsed() / 1000.0, step);
        if (step > 0 && ++previewUpdates == 3)
            QTimer::singleShot(200, &wizard, [&] { shoot(&wizard, out.filePath(QStringLiteral("wizard-4-training.png"))); });
    });
    QObject::connect(wizard.job(), &jobs::TrainJob::progressChanged, &wizard,
                     [&](int step, int total, double secondsLeft, double imagesPerSecond) {
                         if (step % 10 == 0 || step == total)
                             std::fprintf(stderr, "tour: %6.1f s  step %d/%d  %.1f img/s  eta %.0f s\n",
                                          clock.elapsed() / 1000.0, step, total, imagesPerSecond, secondsLeft);
                     });
    QObject::connect(wizard.job(), &jobs::TrainJob::failed, &wizard, [&](const QString& message) {
        std::fprintf(stderr, "tour: FAILED %s\n", qPrintable(message));
        QApplication::exit(1);
    });
    // 5. Result, then Finish (install + activate), then the model manager.
    QObject::connect(wizard.job(), &jobs::TrainJob::finished, &wizard, [&](const jobs::TrainOutcome& outcome) {
        say("training finished");
        const auto print = [](const char* who, const jobs::HeldOutMetrics& m) {
            std::fprintf(stderr, "tour: %-10s images %d  CIEDE2000 %.3f  colorfulness %.2f (truth %.2f)  PSNR %.2f  SSIM %.4f\n",
                         who, m.images, m.ciede2000, m.colorfulness, m.referenceColorfulness, m.psnr, m.ssim);
        };
        print("base", outcome.baseMetrics);
        print("fine-tuned", outcome.tunedMetrics);
        QTimer::singleShot(300, &wizard, [&] {
            wizard.next();
            if (parser.isSet(name))
                wizard.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(parser.value(name));
            shoot(&wizard, out.filePath(QStringLiteral("wizard-5-result.png")));
            wizard.button(QWizard::FinishButton)->click();
            std::fprintf(stderr, "tour: saved model %s\n", qPrintable(wizard.savedModelPath()));
            auto* manager = new colorized::models::ModelManagerDialog(colorized::models::ModelManagerDialog::Hooks{});
            manager->setAttribute(Qt::WA_DeleteOnClose);
            manager->show();
            manager->select(wizard.savedModelPath());
            QTimer::singleShot(300, manager, [manager, &out] {
                shoot(manager, out.filePath(QStringLiteral("models-manager.png")));
                QApplication::quit();
            });
        });
    });
    QTimer::singleShot(300, &wizard, [&] { wizard.next(); });
    return QApplication::exec();
}
