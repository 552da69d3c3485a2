// The collection review and the window around it, offscreen with photos made here: triage keys
// change the review state and move on, filters show one state with the count of each, Enter
// opens the photo in the viewer, scans that hold color are flagged and left out of colorizing
// until the archivist says otherwise, and the main window's minimum size fits a 1280x800 screen.
#include "guitestdata.h"

#include "mainwindow.h"
#include "reviewfiltermodel.h"
#include "reviewgrid.h"
#include "session.h"

#include <QApplication>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Review = PhotoListModel::Review;
using State = PhotoListModel::State;

namespace {

// Red, green, blue and yellow stripes over a lightness gradient: a color photograph.
QString makeColorPhoto(const QString& path)
{
    cv::Mat image(60, 80, CV_8UC3);
    const cv::Vec3b colors[] = {{40, 40, 200}, {40, 170, 40}, {200, 60, 30}, {30, 200, 220}};
    for (int y = 0; y < image.rows; ++y)
        for (int x = 0; x < image.cols; ++x) {
            const double shade = 0.4 + 0.6 * y / image.rows;
            const cv::Vec3b c = colors[(x / 8) % 4];
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(c[0] * shade), uchar(c[1] * shade), uchar(c[2] * shade));
        }
    cv::imwrite(QFile::encodeName(path).toStdString(), image);
    return path;
}

}  // namespace

class TestReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void triageKeysChangeTheStateAndMoveOn();
    void filtersShowOneStateWithCounts();
    void enterOpensThePhotoInTheViewer();
    void scansThatHoldColorAreKeptUntilChosen();
    void windowFitsA1280x800Screen();

private:
    // A session holding `count` photos, all read.
    void loadPhotos(Session& session, int count);

    QTemporaryDir dir_;
    QStringList photos_;
    QString colorPhoto_;
};

void TestReview::initTestCase()
{
    QVERIFY(dir_.isValid());
    QStandardPaths::setTestModeEnabled(true);   // the thumbnail cache goes to a test folder
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("colorized-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_review"));
    for (int i = 0; i < 6; ++i)
        photos_ << guitest::makePhoto(dir_.filePath(QStringLiteral("scan-%1.png").arg(i)), 40 + i, 30);
    colorPhoto_ = makeColorPhoto(dir_.filePath(QStringLiteral("autochrome.png")));
}

void TestReview::loadPhotos(Session& session, int count)
{
    QSignalSpy loaded(&session, &Session::photoLoaded);
    QCOMPARE(session.addPaths(photos_.mid(0, count)), count);
    while (loaded.size() < count)
        QVERIFY(loaded.wait(10000));
}

void TestReview::triageKeysChangeTheStateAndMoveOn()
{
    Session session;
    loadPhotos(session, 5);
    ReviewGrid grid(&session);
    grid.resize(800, 600);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setCurrentPhoto(0);
    QListView* view = grid.view();
    view->setFocus();
    const PhotoListModel* photos = session.photos();

    QTest::keyClick(view, Qt::Key_A);
    QCOMPARE(photos->photo(0).review, Review::Accepted);
    QCOMPARE(view->currentIndex().row(), 1);   // on to the next photo
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(photos->photo(1).review, Review::Redo);
    QTest::keyClick(view, Qt::Key_X);
    QCOMPARE(photos->photo(2).review, Review::Rejected);
    QCOMPARE(view->currentIndex().row(), 3);

    // Arrows move without changing anything; U and 0 put a photo back to review.
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_U);
    QCOMPARE(photos->photo(1).review, Review::ToReview);
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_0);
    QCOMPARE(photos->photo(0).review, Review::ToReview);
    QCOMPARE(photos->photo(2).review, Review::Rejected);   // untouched

    // A selection of several tiles is triaged at once.
    view->selectionModel()->select(QItemSelection(grid.filter()->index(3, 0), grid.filter()->index(4, 0)),
                                   QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_A);
    QCOMPARE(photos->photo(3).review, Review::Accepted);
    QCOMPARE(photos->photo(4).review, Review::Accepted);
    // A key with a modifier is not a triage key.
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(photos->photo(4).review, Review::Accepted);
}

void TestReview::filtersShowOneStateWithCounts()
{
    Session session;
    loadPhotos(session, 6);
    ReviewGrid grid(&session);
    session.setReview({0, 1, 2}, Review::Accepted);
    session.setReview({3}, Review::Rejected);
    QTRY_COMPARE(grid.filterTexts(), QStringList({QStringLiteral("All (6)"), QStringLiteral("To review (2)"),
                                                  QStringLiteral("Accepted (3)"), QStringLiteral("Redo (0)"),
                                                  QStringLiteral("Rejected (1)")}));

    grid.showOnly(Review::Accepted);
    QCOMPARE(grid.filter()->rowCount(), 3);
    QCOMPARE(grid.filter()->sourceRow(2), 2);
    grid.showOnly(Review::ToReview);
    QCOMPARE(grid.filter()->rowCount(), 2);
    QCOMPARE(grid.filter()->sourceRow(0), 4);

    // Triaging in a filtered view takes the photo out of it; the next one takes its place.
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setCurrentPhoto(4);
    grid.view()->setFocus();
    QTest::keyClick(grid.view(), Qt::Key_R);
    QCOMPARE(grid.filter()->rowCount(), 1);
    QCOMPARE(grid.filter()->mapToSource(grid.view()->currentIndex()).row(), 5);
    QTRY_COMPARE(grid.filterTexts().at(3), QStringLiteral("Redo (1)"));

    grid.showOnly(std::nullopt);
    QCOMPARE(grid.filter()->rowCount(), 6);
}

void TestReview::enterOpensThePhotoInTheViewer()
{
    QSettings().setValue(QStringLiteral("ui/autoColorize"), false);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.session(), &Session::photoLoaded);
    window.addPaths(photos_.mid(0, 3));
    while (loaded.size() < 3)
        QVERIFY(loaded.wait(10000));

    auto* stack = window.findChild<QStackedWidget*>();
    auto* grid = window.findChild<ReviewGrid*>();
    QVERIFY(stack && grid);
    QCOMPARE(stack->currentWidget(), window.findChild<ImageViewer*>());
    QTest::keyClick(&window, Qt::Key_G);   // View > Review Collection
    QCOMPARE(stack->currentWidget(), grid);
    QVERIFY(grid->view()->hasFocus());
    // U is the viewer's uncertainty key; in the grid it puts a photo back to review.
    window.session()->setReview({0}, Review::Rejected);
    grid->setCurrentPhoto(0);
    QTest::keyClick(grid->view(), Qt::Key_U);
    QCOMPARE(window.session()->photos()->photo(0).review, Review::ToReview);

    grid->setCurrentPhoto(2);
    QTest::keyClick(grid->view(), Qt::Key_Return);
    QCOMPARE(window.session()->current(), 2);
    QCOMPARE(stack->currentWidget(), window.findChild<ImageViewer*>());
}

void TestReview::scansThatHoldColorAreKeptUntilChosen()
{
    Session session;
    QSignalSpy loaded(&session, &Session::photoLoaded);
    session.addPaths({photos_.at(0), colorPhoto_});
    while (loaded.size() < 2)
        QVERIFY(loaded.wait(10000));
    const PhotoListModel* photos = session.photos();
    const int gray = photos->rowOfPath(QFileInfo(photos_.at(0)).absoluteFilePath());
    const int color = photos->rowOfPath(QFileInfo(colorPhoto_).absoluteFilePath());
    QCOMPARE(photos->photo(gray).color, colorized::jobs::ScanColor::Gray);
    QCOMPARE(photos->photo(color).color, colorized::jobs::ScanColor::Color);
    QVERIFY(photos->keepsItsColor(color));
    QCOMPARE(session.rowsToAskAboutColor({gray, color}), QList<int>({color}));

    // Colorizing leaves the color scan as it is (the model file need not exist: nothing runs
    // before the request is queued).
    colorized::jobs::ColorizeSettings settings;
    settings.modelPath = dir_.filePath(QStringLiteral("no-model.safetensors"));
    session.colorize({gray, color}, settings);
    QCOMPARE(photos->photo(gray).state == State::Ready, false);   // queued, running or failed
    QCOMPARE(photos->photo(color).state, State::Ready);

    session.setColorChoice({gray, color}, PhotoListModel::ColorChoice::ColorizeLuminance);
    QCOMPARE(photos->photo(gray).colorChoice, PhotoListModel::ColorChoice::Ask);   // not a color scan
    QVERIFY(!photos->keepsItsColor(color));
    QVERIFY(session.rowsToAskAboutColor({gray, color}).isEmpty());
    session.colorize({color}, settings);
    QVERIFY(photos->photo(color).state != State::Ready);
    session.cancelAll();
}

void TestReview::windowFitsA1280x800Screen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The screen less a panel and the title bar: what a maximised window gets.
    const QSize available(1280, 800 - 64);
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
             qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
    window.resize(available);
    QCOMPARE(window.size(), available);
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
