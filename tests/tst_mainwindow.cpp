// The main window offscreen with the real worker and a tiny model: drop a photo, colorize to
// the end, scrub the timeline, switch compare modes, pick a candidate, add/move/remove a hint,
// continue from a frame, export and read the provenance back, cancel mid-run, and drop a
// corrupt file without disturbing anything else.

#include "guitestdata.h"
#include "tinymodel.h"

#include "hintsdock.h"
#include "imageviewer.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "settingsdock.h"
#include "timelinedock.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/provenance.h"

#include <QApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace colorized::jobs;
using State = PhotoListModel::State;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropColorizesToTheEnd();
    void timelineScrubsAndComparesModes();
    void candidatesGridPicksOne();
    void hintsAreAddedMovedAndRemoved();
    void continuesFromAFrame();
    void exportsWithProvenance();
    void cancelStopsMidRun();
    void corruptFileIsReportedAndNothingElseChanges();
    void toolsMenuIsAHook();

private:
    void drop(const QStringList& paths);
    bool waitForDone(int row);

    QTemporaryDir dir_;
    QString model_, photo_, photo2_, corrupt_;
    MainWindow* window_ = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(dir_.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("colorized-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    model_ = colorized::testsupport::writeTinyModel(dir_.filePath(QStringLiteral("tiny.safetensors")));
    photo_ = guitest::makePhoto(dir_.filePath(QStringLiteral("street.png")), 64, 48);
    photo2_ = guitest::makePhoto(dir_.filePath(QStringLiteral("portrait.png")), 36, 52);
    corrupt_ = guitest::makeCorruptFile(dir_.filePath(QStringLiteral("torn.jpg")));
    QDir(dir_.path()).mkdir(QStringLiteral("exports"));
}

void TestMainWindow::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("model/path"), model_);
    settings.setValue(QStringLiteral("colorize/steps"), 4);
    settings.setValue(QStringLiteral("colorize/candidates"), 3);
    settings.setValue(QStringLiteral("colorize/seed"), 5);
    settings.setValue(QStringLiteral("ui/autoColorize"), true);
    window_ = new MainWindow;
    window_->setColorChooser([](const QColor&, const QList<QColor>&) { return QColor(220, 40, 30); });
    window_->resize(1200, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
}

void TestMainWindow::cleanup()
{
    delete window_;
    window_ = nullptr;
}

void TestMainWindow::drop(const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at = window_->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_, &dropEvent);
}

bool TestMainWindow::waitForDone(int row)
{
    QSignalSpy finished(window_->job(), &ColorizeJob::finished);
    QSignalSpy failed(window_->job(), &ColorizeJob::failed);
    for (int i = 0; i < 200; ++i) {
        if (row < window_->photos()->rowCount()) {
            const State state = window_->photos()->photo(row).state;
            if (state == State::Done || state == State::Failed)
                return state == State::Done;
        }
        finished.wait(500);
    }
    return false;
}

void TestMainWindow::dropColorizesToTheEnd()
{
    QSignalSpy frames(window_->job(), &ColorizeJob::frameReady);
    drop({photo_});
    QCOMPARE(window_->photos()->rowCount(), 1);
    QCOMPARE(window_->currentRow(), 0);
    QVERIFY(waitForDone(0));
    QCOMPARE(frames.size(), 4);
    QCOMPARE(window_->timeline()->frameCount(), 4);
    QVERIFY(window_->viewer()->hasResult());
    QCOMPARE(window_->viewer()->imageSize(), QSize(64, 48));
    const auto& photo = window_->photos()->photo(0);
    QCOMPARE(photo.result.candidates.size(), 3);
    QCOMPARE(photo.result.image.size(), QSize(64, 48));
    // Dropping the same file again adds nothing.
    drop({photo_});
    QCOMPARE(window_->photos()->rowCount(), 1);
    qInfo("Longest GUI-thread stall while colorizing: %.1f ms", window_->longestStallMs());
}

void TestMainWindow::timelineScrubsAndComparesModes()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    TimelineDock* timeline = window_->timeline();
    ImageViewer* viewer = window_->viewer();
    QVERIFY(!viewer->hasFrame());  // the result is shown at the end
    timeline->setCurrentRow(1);
    QVERIFY(viewer->hasFrame());
    QCOMPARE(timeline->currentStep(), 1);
    timeline->showNoisy(true);
    QVERIFY(viewer->hasFrame());
    timeline->slider()->setValue(timeline->slider()->maximum());
    QVERIFY(!viewer->hasFrame());
    timeline->setCurrentRow(0);
    QVERIFY(viewer->hasFrame());
    timeline->setCurrentRow(-1);
    QVERIFY(!viewer->hasFrame());

    for (int mode = 0; mode <= int(ImageViewer::Mode::Candidates); ++mode) {
        window_->setCompareMode(mode);
        QCOMPARE(int(viewer->mode()), mode);
        QVERIFY(!viewer->grab().isNull());
    }
    // Keyboard: 3 is the split view, T toggles the original.
    QTest::keyClick(window_, Qt::Key_3);
    QCOMPARE(viewer->mode(), ImageViewer::Mode::Split);
    QTest::keyClick(window_, Qt::Key_T);
    QCOMPARE(viewer->mode(), ImageViewer::Mode::Original);
    QTest::keyClick(window_, Qt::Key_T);
    QCOMPARE(viewer->mode(), ImageViewer::Mode::Result);
    // Split slider follows the mouse.
    window_->setCompareMode(int(ImageViewer::Mode::Split));
    const int middle = viewer->width() / 2;
    QTest::mousePress(viewer, Qt::LeftButton, {}, QPoint(middle, viewer->height() / 2));
    QMouseEvent move(QEvent::MouseMove, QPointF(viewer->width() / 4, viewer->height() / 2),
                     viewer->mapToGlobal(QPointF(viewer->width() / 4, viewer->height() / 2)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewer, &move);
    QTest::mouseRelease(viewer, Qt::LeftButton, {}, QPoint(viewer->width() / 4, viewer->height() / 2));
    QVERIFY(qAbs(viewer->splitPosition() - 0.25) < 0.02);
    // Zoom: 100 %, fit, wheel.
    viewer->setZoom(1.0);
    QCOMPARE(viewer->zoom(), 1.0);
    QVERIFY(!viewer->fitsWindow());
    viewer->fitToWindow();
    QVERIFY(viewer->fitsWindow());
    viewer->zoomIn();
    QVERIFY(viewer->zoom() > 1.0);
    // Uncertainty overlay with three candidates.
    viewer->setShowUncertainty(true);
    QVERIFY(!viewer->grab().isNull());
}

void TestMainWindow::candidatesGridPicksOne()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    ImageViewer* viewer = window_->viewer();
    window_->setCompareMode(int(ImageViewer::Mode::Candidates));
    QTest::mouseClick(viewer, Qt::LeftButton, {}, viewer->candidateRect(2).center());
    QCOMPARE(window_->photos()->photo(0).candidate, 2);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->hasResult(), 10000);
}

void TestMainWindow::hintsAreAddedMovedAndRemoved()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    ImageViewer* viewer = window_->viewer();
    window_->setCompareMode(int(ImageViewer::Mode::Result));
    QTest::keyClick(window_, Qt::Key_H);
    QVERIFY(viewer->hintMode());
    const QPoint at = viewer->widgetPosition(QPointF(0.5, 0.5));
    QTest::mouseClick(viewer, Qt::LeftButton, {}, at);
    QCOMPARE(window_->photos()->photo(0).hints.size(), 1);
    QCOMPARE(window_->photos()->photo(0).hints.first().color, QColor(220, 40, 30));
    QVERIFY(qAbs(window_->photos()->photo(0).hints.first().position.x() - 0.5) < 0.05);
    auto* list = window_->hintsDock()->findChild<QListWidget*>();
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    // The chooser was offered the candidates' colors at that point.
    QCOMPARE(window_->suggestedColors(QPointF(0.5, 0.5)).isEmpty(), false);

    // Drag the marker.
    const QPoint to = viewer->widgetPosition(QPointF(0.2, 0.3));
    QTest::mousePress(viewer, Qt::LeftButton, {}, at);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewer->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewer, &move);
    QTest::mouseRelease(viewer, Qt::LeftButton, {}, to);
    QCOMPARE(window_->photos()->photo(0).hints.size(), 1);
    QVERIFY(qAbs(window_->photos()->photo(0).hints.first().position.x() - 0.2) < 0.05);
    QVERIFY(qAbs(window_->photos()->photo(0).hints.first().position.y() - 0.3) < 0.05);

    // Colorize again: the result carries the hint.
    QSignalSpy finished(window_->job(), &ColorizeJob::finished);
    window_->colorizeSelected();
    QVERIFY(finished.wait(60000));
    QCOMPARE(window_->photos()->photo(0).result.hints.size(), 1);

    // Delete removes the selected hint.
    QTest::keyClick(window_, Qt::Key_Delete);
    QCOMPARE(window_->photos()->photo(0).hints.size(), 0);
    QCOMPARE(list->count(), 0);
}

void TestMainWindow::continuesFromAFrame()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    window_->addHint(QPointF(0.7, 0.4), QColor(20, 160, 40));
    window_->timeline()->setCurrentRow(2);
    QSignalSpy finished(window_->job(), &ColorizeJob::finished);
    window_->continueFromStep(window_->timeline()->currentStep());
    QVERIFY(finished.wait(60000));
    const auto& photo = window_->photos()->photo(0);
    QCOMPARE(photo.result.startStep, 2);
    QCOMPARE(photo.result.hints.size(), 1);
    // The timeline keeps the frames before the branch and adds the new ones.
    QCOMPARE(window_->timeline()->frameCount(), 4);
}

void TestMainWindow::exportsWithProvenance()
{
    drop({photo_, photo2_});
    QVERIFY(waitForDone(0));
    QVERIFY(waitForDone(1));
    QSignalSpy exported(window_, &MainWindow::exportsFinished);
    ExportOptions options;
    options.folder = dir_.filePath(QStringLiteral("exports"));
    options.format = ExportFormat::Tiff;
    window_->exportRows({0, 1}, options);
    QVERIFY(exported.wait(30000));
    const QStringList written = exported.first().at(0).toStringList();
    const QStringList errors = exported.first().at(1).toStringList();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(written.size(), 2);
    for (const QString& path : written) {
        const auto xmp = readXmp(path);
        QCOMPARE(xmp.value(QStringLiteral("Xmp.iptcExt.DigitalSourceType")), QString::fromLatin1(kDigitalSourceType));
        QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.Seed")), QStringLiteral("5"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".json")));
    }
}

void TestMainWindow::cancelStopsMidRun()
{
    QSettings().setValue(QStringLiteral("ui/autoColorize"), false);
    drop({photo_});
    QTRY_COMPARE_WITH_TIMEOUT(window_->photos()->photo(0).state, State::Ready, 10000);
    window_->settingsDock()->setSettings([] {
        ColorizeSettings s;
        s.sampler = colorized::SamplerKind::Ddpm;  // 50 steps
        s.candidates = 1;
        return s;
    }());
    QSignalSpy cancelled(window_->job(), &ColorizeJob::cancelled);
    QSignalSpy finished(window_->job(), &ColorizeJob::finished);
    connect(window_->job(), &ColorizeJob::frameReady, window_, [this](const TimelineFrame& frame) {
        if (frame.step == 3)
            QTest::keyClick(window_, Qt::Key_Escape);
    });
    window_->colorizeSelected();
    QVERIFY(cancelled.wait(60000));
    QVERIFY(finished.isEmpty());
    QCOMPARE(window_->photos()->photo(0).state, State::Ready);
    QVERIFY(window_->timeline()->frameCount() < 50);
}

void TestMainWindow::corruptFileIsReportedAndNothingElseChanges()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    const QImage before = window_->photos()->photo(0).result.image;
    QSignalSpy loaded(window_, &MainWindow::photoLoaded);
    drop({corrupt_});
    QCOMPARE(window_->photos()->rowCount(), 2);
    QVERIFY(loaded.wait(10000));
    const auto& broken = window_->photos()->photo(1);
    QCOMPARE(broken.state, State::Failed);
    QVERIFY2(broken.message.contains(QStringLiteral("torn.jpg")), qPrintable(broken.message));
    // The first photo is untouched and still shown.
    QCOMPARE(window_->currentRow(), 0);
    QCOMPARE(window_->photos()->photo(0).state, State::Done);
    QCOMPARE(window_->photos()->photo(0).result.image, before);
    QVERIFY(window_->viewer()->hasResult());
    // Selecting the broken one shows its message instead of an image.
    window_->setCurrentRow(1);
    QVERIFY(window_->viewer()->imageSize().isEmpty());
    QCOMPARE(window_->job()->pendingCount(), 0);
}

void TestMainWindow::toolsMenuIsAHook()
{
    QVERIFY(window_->toolsMenu());
    QVERIFY(!window_->toolsMenu()->menuAction()->isVisible());
    window_->toolsMenu()->addAction(QStringLiteral("Fine-tune model…"));
    QVERIFY(window_->toolsMenu()->menuAction()->isVisible());
    QCOMPARE(window_->activeModelPath(), model_);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
