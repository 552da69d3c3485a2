// colorized: the desktop application. Composition root: application object, translations,
// main window, the last project, command-line files (photos, folders or a project).

#include "imageviewer.h"
#include "language.h"
#include "mainwindow.h"
#include "session.h"
#include "toolsactions.h"

#include "colorized/core/openmpwait.h"
#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/stallprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

QStringList compareModeNames()
{
    QStringList names;
    for (const ImageViewer::ModeInfo& info : ImageViewer::modes())
        names << QLatin1String(info.name);
    return names;
}

// --screenshot FILE: once every photo given on the command line is read and nothing is left to
// colorize (all colorized, or none queued: auto-colorize off, no photos, or scans that hold
// color), save the window to FILE and quit (used for the README's screenshots and to check the
// app under Xvfb).
// It also reports how long reading the photos took and the longest GUI-thread stall meanwhile
// (how a collection of thousands opens: `colorized --review --screenshot grid.png FOLDER`).
void arrangeScreenshot(MainWindow& window, const QString& file, int delayMs)
{
    auto shot = std::make_shared<bool>(false);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto* readingStalls = new colorized::jobs::StallProbe(&window);
    readingStalls->start();
    const auto shoot = [&window, file, delayMs, shot, clock, readingStalls] {
        if (*shot)
            return;
        *shot = true;
        readingStalls->stop();
        std::fprintf(stderr, "colorized: %d photos read in %lld ms, longest GUI-thread stall meanwhile %.1f ms\n",
                     window.session()->photos()->rowCount(), static_cast<long long>(clock->elapsed()),
                     readingStalls->longestStallMs());
        QTimer::singleShot(delayMs, &window, [&window, file] {
            if (!window.grab().save(file))
                std::fprintf(stderr, "colorized: could not save %s\n", qPrintable(file));
            std::fprintf(stderr, "colorized: longest GUI-thread stall %.1f ms\n", window.session()->longestStallMs());
            // exit(), not quit(): Qt 6's quit() closes the windows first, and the main window's
            // close asks what to do with unexported work, a dialog nobody answers under Xvfb.
            QCoreApplication::exit(0);
        });
    };
    const auto shootWhenSettled = [&window, shoot] {
        const PhotoListModel* photos = window.session()->photos();
        if (!photos->rowsInState(PhotoListModel::State::Loading).isEmpty() || window.session()->job()->pendingCount() > 0)
            return;
        shoot();
    };
    QObject::connect(window.session()->job(), &colorized::jobs::ColorizeJob::idle, &window, shoot);
    // Checked after the signal's other receivers (the auto-colorize) have queued their work.
    QObject::connect(window.session(), &Session::photoLoaded, &window,
                     [shootWhenSettled] { QTimer::singleShot(0, shootWhenSettled); });
    QTimer::singleShot(0, &window, shootWhenSettled);   // no photos at all
}

}  // namespace

int main(int argc, char* argv[])
{
    colorized::restartWithPassiveOpenMpWaiting(argv);  // before any thread: see openmpwait.h
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("COLORIZED"));
    QApplication::setApplicationName(QStringLiteral("colorized"));
    QApplication::setApplicationDisplayName(QStringLiteral("COLORIZED"));
    QApplication::setApplicationVersion(QStringLiteral(COLORIZED_APP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.colorized.Colorized"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/colorized/icons/colorized-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    language::install(language::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Colorizes scanned black-and-white archive photographs with a diffusion model."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("photos"),
                                 QCoreApplication::translate("main", "Photographs or folders to open."),
                                 QStringLiteral("[photos...]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save the window to <file> once the photos are colorized, then quit."),
                                  QStringLiteral("file"));
    QCommandLineOption mode(QStringLiteral("compare"),
                            QCoreApplication::translate("main", "Compare mode, one of: %1.")
                                .arg(compareModeNames().join(QStringLiteral(", "))),
                            QStringLiteral("mode"));
    QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                             QCoreApplication::translate("main", "Milliseconds to wait before the screenshot."),
                             QStringLiteral("ms"), QStringLiteral("800"));
    QCommandLineOption review(QStringLiteral("review"),
                              QCoreApplication::translate("main", "Start in the collection review (View > Review Collection)."));
    parser.addOption(review);
    parser.addOption(screenshot);
    parser.addOption(mode);
    parser.addOption(delay);
    parser.process(app);
    std::optional<ImageViewer::Mode> compareMode;
    if (parser.isSet(mode)) {
        compareMode = ImageViewer::modeFromName(parser.value(mode));
        if (!compareMode) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Unknown compare mode \"%1\": use one of %2.")
                                        .arg(parser.value(mode), compareModeNames().join(QStringLiteral(", ")))));
            return 2;
        }
    }

    MainWindow window;
    colorized::finetune::addFineTuningActions(
        window.toolsMenu(), &window,
        {[&window] { return window.activeModelPath(); }, [&window](const QString& path) { window.setActiveModel(path); }});
    window.show();
    if (compareMode)
        window.setCompareMode(*compareMode);
    if (parser.isSet(review))
        window.showReview(true);
    // A screenshot run shows only what its command line names and leaves the archivist's
    // project alone; otherwise the last project comes back and files given are added to it.
    if (parser.isSet(screenshot))
        arrangeScreenshot(window, parser.value(screenshot), parser.value(delay).toInt());
    else
        window.restoreLastProject(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!parser.positionalArguments().isEmpty())
        window.addPaths(parser.positionalArguments());
    return QApplication::exec();
}
