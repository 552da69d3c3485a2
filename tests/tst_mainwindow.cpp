// The main window offscreen with the real worker and a tiny model, driven as the archivist
// does (drops, clicks, keys) and checked through its session and its public widgets: drop a
// photo, colorize to the end, scrub the timeline, switch compare modes, pick a candidate,
// add/move/remove a hint, continue from a frame, export and read the provenance back, cancel
// mid-run, and drop a corrupt file without disturbing anything else. The viewer's drawing is
// checked on pixels in tst_imageviewer, the session's rules in tst_session.

#include "guitestdata.h"
#include "tinymodel.h"

#include "hintsdock.h"
#include "imageviewer.h"
#include "mainwindow.h"
#include "photolistmodel.h"
#include "session.h"
#include "settingsdock.h"
#include "timelinedock.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/provenance.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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
    void compareModeIsRememberedByName();
    void undoRedoAndRemovalFromTheKeyboard();

private:
    void drop(const QStringList& paths);
    bool waitForDone(int row);
    Session* session() const { return window_->session(); }
    const PhotoListModel::Photo& photoAt(int row) const { return session()->photos()->photo(row); }
    ImageViewer* findViewer() const { return window_->findChild<ImageViewer*>(); }
    TimelineDock* findTimeline() const { return window_->findChild<TimelineDock*>(); }

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
    QApplication::setQuitOnLastWindowClosed(false);   // windows are closed and made again
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
    const auto ended = [this, row] {
        return row < session()->photos()->rowCount()
               && (photoAt(row).state == State::Done || photoAt(row).state == State::Failed);
    };
    return QTest::qWaitFor(ended, 100000) && photoAt(row).state == State::Done;
}

void TestMainWindow::dropColorizesToTheEnd()
{
    QSignalSpy frames(session()->job(), &ColorizeJob::frameReady);
    drop({photo_});
    QCOMPARE(session()->photos()->rowCount(), 1);
    QCOMPARE(session()->current(), 0);
    QVERIFY(waitForDone(0));
    QCOMPARE(frames.size(), 4);
    QCOMPARE(findTimeline()->frameCount(), 4);
    QVERIFY(findViewer()->hasResult());
    QCOMPARE(findViewer()->imageSize(), QSize(64, 48));
    const auto& photo = photoAt(0);
    QCOMPARE(photo.result.candidates.size(), 4);   // three candidates and their consensus
    QCOMPARE(photo.result.shown, 3);
    QCOMPARE(photo.result.image.size(), QSize(64, 48));
    // Dropping the same file again adds nothing.
    drop({photo_});
    QCOMPARE(session()->photos()->rowCount(), 1);
    qInfo("Longest GUI-thread stall while colorizing: %.1f ms", session()->longestStallMs());
}

void TestMainWindow::timelineScrubsAndComparesModes()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    TimelineDock* timeline = findTimeline();
    ImageViewer* viewer = findViewer();
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

    // Every compare mode of the viewer's table has a checked entry in the View menu.
    const QList<QAction*> actions = window_->findChildren<QAction*>();
    for (const ImageViewer::ModeInfo& info : ImageViewer::modes()) {
        window_->setCompareMode(info.mode);
        QCOMPARE(viewer->mode(), info.mode);
        const auto entry = std::find_if(actions.begin(), actions.end(), [&info](QAction* action) {
            return action->text() == ImageViewer::modeLabel(info.mode);
        });
        QVERIFY2(entry != actions.end(), info.name);
        QVERIFY((*entry)->isChecked());
    }
    // Keyboard: 3 is the split view, T toggles the original.
    QTest::keyClick(window_, Qt::Key_3);
    QCOMPARE(viewer->mode(), ImageViewer::Mode::Split);
    QTest::keyClick(window_, Qt::Key_T);
    QCOMPARE(viewer->mode(), ImageViewer::Mode::Original);
    QTest::keyClick(window_, Qt::Key_T);
    QCOMPARE(viewer->mode(), ImageViewer::Mode::Result);
    // Split slider follows the mouse.
    window_->setCompareMode(ImageViewer::Mode::Split);
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
    // U shows the uncertainty overlay of the three candidates.
    QVERIFY(!viewer->showUncertainty());
    QTest::keyClick(window_, Qt::Key_U);
    QVERIFY(viewer->showUncertainty());
}

void TestMainWindow::candidatesGridPicksOne()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    ImageViewer* viewer = findViewer();
    window_->setCompareMode(ImageViewer::Mode::Candidates);
    QTest::mouseClick(viewer, Qt::LeftButton, {}, viewer->candidateRect(2).center());
    QCOMPARE(photoAt(0).candidate, 2);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->hasResult(), 10000);
}

void TestMainWindow::hintsAreAddedMovedAndRemoved()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    ImageViewer* viewer = findViewer();
    window_->setCompareMode(ImageViewer::Mode::Result);
    QTest::keyClick(window_, Qt::Key_H);
    QVERIFY(viewer->hintMode());
    const QPoint at = viewer->widgetPosition(QPointF(0.5, 0.5));
    QTest::mouseClick(viewer, Qt::LeftButton, {}, at);
    QCOMPARE(photoAt(0).hints.size(), 1);
    QCOMPARE(photoAt(0).hints.first().color, QColor(220, 40, 30));
    QVERIFY(qAbs(photoAt(0).hints.first().position.x() - 0.5) < 0.05);
    auto* list = window_->findChild<HintsDock*>()->findChild<QListWidget*>();
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    // The chooser was offered the candidates' colors at that point.
    QCOMPARE(session()->suggestedColors(0, QPointF(0.5, 0.5)).isEmpty(), false);

    // Drag the marker.
    const QPoint to = viewer->widgetPosition(QPointF(0.2, 0.3));
    QTest::mousePress(viewer, Qt::LeftButton, {}, at);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewer->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewer, &move);
    QTest::mouseRelease(viewer, Qt::LeftButton, {}, to);
    QCOMPARE(photoAt(0).hints.size(), 1);
    QVERIFY(qAbs(photoAt(0).hints.first().position.x() - 0.2) < 0.05);
    QVERIFY(qAbs(photoAt(0).hints.first().position.y() - 0.3) < 0.05);

    // Colorize again: the result carries the hint.
    QSignalSpy finished(session()->job(), &ColorizeJob::finished);
    QTest::keyClick(window_, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(60000));
    QCOMPARE(photoAt(0).result.hints.size(), 1);

    // Delete removes the selected hint.
    QTest::keyClick(window_, Qt::Key_Delete);
    QCOMPARE(photoAt(0).hints.size(), 0);
    QCOMPARE(list->count(), 0);
    // Ctrl+Z brings it back where it was dragged (the drag was one step); Ctrl+Shift+Z removes it again.
    QTest::keyClick(window_, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(photoAt(0).hints.size(), 1);
    QCOMPARE(list->count(), 1);
    QVERIFY(qAbs(photoAt(0).hints.first().position.x() - 0.2) < 0.05);
    QTest::keyClick(window_, Qt::Key_Z, Qt::ControlModifier);   // the drag
    QVERIFY(qAbs(photoAt(0).hints.first().position.x() - 0.5) < 0.05);
    QTest::keyClick(window_, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(window_, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(photoAt(0).hints.size(), 0);
}

void TestMainWindow::continuesFromAFrame()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    QVERIFY(session()->editHints(0, HintEdit::add(QPointF(0.7, 0.4), QColor(20, 160, 40))));
    findTimeline()->setCurrentRow(2);
    QSignalSpy finished(session()->job(), &ColorizeJob::finished);
    QTest::keyClick(window_, Qt::Key_J, Qt::ControlModifier);   // continue from the selected frame
    QVERIFY(finished.wait(60000));
    const auto& photo = photoAt(0);
    QCOMPARE(photo.result.startStep, 2);
    QCOMPARE(photo.result.hints.size(), 1);
    // The timeline keeps the frames before the branch and adds the new ones.
    QCOMPARE(findTimeline()->frameCount(), 4);

    // The continuation is a second branch, listed and shown; choosing the first in the
    // timeline's branch box shows its result again.
    QComboBox* branches = findTimeline()->branchBox();
    QCOMPARE(findTimeline()->branchCount(), 2);
    QCOMPARE(branches->count(), 2);
    QCOMPARE(branches->currentIndex(), 1);
    QVERIFY(branches->isEnabled());
    QVERIFY(branches->itemText(1).contains(QStringLiteral("step 3")));
    QSignalSpy shown(session(), &Session::branchShown);
    branches->setFocus();
    QTest::keyClick(branches, Qt::Key_Up);   // a combo box changes and activates on arrow keys
    QCOMPARE(shown.size(), 1);
    QCOMPARE(photoAt(0).branch, 0);
    QCOMPARE(photoAt(0).result.startStep, 0);
    QCOMPARE(branches->currentIndex(), 0);
    QCOMPARE(findTimeline()->frameCount(), 4);
}

void TestMainWindow::exportsWithProvenance()
{
    drop({photo_, photo2_});
    QVERIFY(waitForDone(0));
    QVERIFY(waitForDone(1));
    QSignalSpy exported(session(), &Session::exportsFinished);
    ExportOptions options;
    options.folder = dir_.filePath(QStringLiteral("exports"));
    options.format = ExportFormat::Tiff;
    session()->exportRows({0, 1}, options);
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
    QTRY_COMPARE_WITH_TIMEOUT(photoAt(0).state, State::Ready, 10000);
    window_->findChild<SettingsDock*>()->setSettings([] {
        ColorizeSettings s;
        s.sampler = colorized::SamplerKind::Ddpm;  // 50 steps
        s.candidates = 1;
        return s;
    }());
    QSignalSpy cancelled(session()->job(), &ColorizeJob::cancelled);
    QSignalSpy finished(session()->job(), &ColorizeJob::finished);
    connect(session()->job(), &ColorizeJob::frameReady, window_, [this](const TimelineFrame& frame) {
        if (frame.step == 3)
            QTest::keyClick(window_, Qt::Key_Escape);
    });
    QTest::keyClick(window_, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(cancelled.wait(60000));
    QVERIFY(finished.isEmpty());
    QCOMPARE(photoAt(0).state, State::Ready);
    QVERIFY(findTimeline()->frameCount() < 50);
}

void TestMainWindow::corruptFileIsReportedAndNothingElseChanges()
{
    drop({photo_});
    QVERIFY(waitForDone(0));
    const QImage before = photoAt(0).result.image;
    QSignalSpy loaded(session(), &Session::photoLoaded);
    drop({corrupt_});
    QCOMPARE(session()->photos()->rowCount(), 2);
    QVERIFY(loaded.wait(10000));
    const auto& broken = photoAt(1);
    QCOMPARE(broken.state, State::Failed);
    QVERIFY2(broken.message.contains(QStringLiteral("torn.jpg")), qPrintable(broken.message));
    // The first photo is untouched and still shown.
    QCOMPARE(session()->current(), 0);
    QCOMPARE(photoAt(0).state, State::Done);
    QCOMPARE(photoAt(0).result.image, before);
    QVERIFY(findViewer()->hasResult());
    // Selecting the broken one shows its message instead of an image.
    session()->setCurrent(1);
    QVERIFY(findViewer()->imageSize().isEmpty());
    QCOMPARE(session()->job()->pendingCount(), 0);
}

void TestMainWindow::toolsMenuIsAHook()
{
    QVERIFY(window_->toolsMenu());
    QVERIFY(!window_->toolsMenu()->menuAction()->isVisible());
    window_->toolsMenu()->addAction(QStringLiteral("Fine-tune model…"));
    QVERIFY(window_->toolsMenu()->menuAction()->isVisible());
    QCOMPARE(window_->activeModelPath(), model_);
}

void TestMainWindow::compareModeIsRememberedByName()
{
    window_->setCompareMode(ImageViewer::Mode::SideBySide);
    window_->close();
    QCOMPARE(QSettings().value(QLatin1String(MainWindow::kCompareModeKey)).toString(), QStringLiteral("side"));
    {
        MainWindow again;
        QCOMPARE(again.findChild<ImageViewer*>()->mode(), ImageViewer::Mode::SideBySide);
    }
    // A name no version wrote is ignored with a warning, never read as some other mode.
    QSettings().setValue(QLatin1String(MainWindow::kCompareModeKey), QStringLiteral("sideways"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown compare mode \"sideways\"")));
    MainWindow third;
    QCOMPARE(third.findChild<ImageViewer*>()->mode(), ImageViewer::Mode::Result);
}

void TestMainWindow::undoRedoAndRemovalFromTheKeyboard()
{
    drop({photo_, photo2_});
    QVERIFY(waitForDone(0));
    QVERIFY(waitForDone(1));
    QStringList asked;
    QMessageBox::StandardButton reply = QMessageBox::Cancel;
    window_->setAsker([&](const QString& text, const QString&, QMessageBox::StandardButtons, QMessageBox::StandardButton) {
        asked << text;
        return reply;
    });
    session()->setCurrent(0);
    // Remove from List asks, with the count; Cancel keeps the photo.
    QTest::keyClick(window_, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("1 photo")), qPrintable(asked.first()));
    QCOMPARE(session()->photos()->rowCount(), 2);
    reply = QMessageBox::Ok;
    QTest::keyClick(window_, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(session()->photos()->rowCount(), 1);
    // Undo brings it back with its result.
    QTest::keyClick(window_, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session()->photos()->rowCount(), 2);
    QVERIFY(photoAt(0).result.isValid());
    QCOMPARE(session()->current(), 0);

    // Quitting with colorized photos that were not exported, in an unnamed project, asks;
    // Cancel keeps the window open.
    asked.clear();
    reply = QMessageBox::Cancel;
    QVERIFY(!window_->close());
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("2 colorized photo(s)")), qPrintable(asked.first()));
    QVERIFY(window_->isVisible());
    reply = QMessageBox::Discard;
    QVERIFY(window_->close());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
