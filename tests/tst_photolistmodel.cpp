// The photo list model on its own: paths are listed once, rows are removed in any order,
// requests and paths find their rows, each change is announced for its row, a result makes
// its most typical candidate the chosen one, and only the most recently colorized photos keep
// their timeline frames.

#include "photolistmodel.h"

#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using colorized::jobs::ColorizeResult;
using colorized::jobs::HintSpec;
using colorized::jobs::TimelineFrame;
using State = PhotoListModel::State;

namespace {

QImage solid(QRgb color, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

QStringList names(int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i)
        paths << QStringLiteral("/archive/photo-%1.png").arg(i);
    return paths;
}

}  // namespace

class TestPhotoListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pathsAreListedOnce();
    void removeRowsInAnyOrder();
    void rowsAreFoundByPathAndRequest();
    void changesAreAnnouncedForTheirRow();
    void resultChoosesTheTypicalCandidate();
    void onlyRecentPhotosKeepTheirFrames();
    void displayTextFollowsTheState();
};

void TestPhotoListModel::pathsAreListedOnce()
{
    PhotoListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.addPaths({QStringLiteral("/a/one.png"), QStringLiteral("/a/two.png"), QStringLiteral("/a/one.png")}),
             QList<int>({0, 1}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    // Paths already listed add nothing.
    QCOMPARE(model.addPaths({QStringLiteral("/a/two.png"), QStringLiteral("/a/one.png")}), QList<int>());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.addPaths({QStringLiteral("/a/three.png")}), QList<int>({2}));
    QCOMPARE(model.photo(2).state, State::Loading);
    QCOMPARE(model.data(model.index(2), PhotoListModel::PathRole).toString(), QStringLiteral("/a/three.png"));
}

void TestPhotoListModel::removeRowsInAnyOrder()
{
    PhotoListModel model;
    model.addPaths(names(5));
    model.removeRows({3, 0, 3, 9, -1});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.photo(0).path, names(5).at(1));
    QCOMPARE(model.photo(1).path, names(5).at(2));
    QCOMPARE(model.photo(2).path, names(5).at(4));
}

void TestPhotoListModel::rowsAreFoundByPathAndRequest()
{
    PhotoListModel model;
    model.addPaths(names(3));
    model.setRequest(1, 7);
    model.setState(2, State::Queued);
    QCOMPARE(model.rowOfPath(names(3).at(2)), 2);
    QCOMPARE(model.rowOfPath(QStringLiteral("/elsewhere.png")), -1);
    QCOMPARE(model.rowOfRequest(7), 1);
    QCOMPARE(model.rowOfRequest(8), -1);
    QCOMPARE(model.rowOfRequest(0), -1);   // "no request" never matches the photos without one
    QCOMPARE(model.rowsInState(State::Queued), QList<int>({2}));
    QCOMPARE(model.rowsInState(State::Loading), QList<int>({0, 1}));
}

void TestPhotoListModel::changesAreAnnouncedForTheirRow()
{
    PhotoListModel model;
    model.addPaths(names(3));
    QSignalSpy changed(&model, &PhotoListModel::photoChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    colorized::jobs::PhotoPreview preview;
    preview.thumbnail = solid(qRgb(90, 90, 90), 8, 6);
    preview.size = QSize(80, 60);
    preview.bitDepth = 16;
    preview.note = QStringLiteral("CMYK converted");
    model.setPreview(1, preview);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).toInt(), 1);
    QCOMPARE(data.last().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.photo(1).bitDepth, 16);
    QCOMPARE(model.photo(1).message, QStringLiteral("CMYK converted"));
    QVERIFY(model.data(model.index(1), Qt::ToolTipRole).toString().contains(QStringLiteral("80 × 60")));

    model.setState(2, State::Running);
    model.setProgress(2, 0.5);
    QCOMPARE(changed.last().at(0).toInt(), 2);
    QCOMPARE(model.data(model.index(2), PhotoListModel::ProgressRole).toDouble(), 0.5);
    model.setState(2, State::Failed, QStringLiteral("torn.jpg cannot be read."));
    QCOMPARE(model.photo(2).progress, 0.0);   // progress belongs to a running photo only
    QCOMPARE(model.data(model.index(2), PhotoListModel::MessageRole).toString(), QStringLiteral("torn.jpg cannot be read."));

    const int before = changed.size();
    model.setHints(0, {HintSpec{QPointF(0.1, 0.2), QColor(Qt::red), {}}});
    QCOMPARE(changed.size(), before + 1);
    QCOMPARE(changed.last().at(0).toInt(), 0);
    QCOMPARE(model.photo(0).hints.size(), 1);
}

void TestPhotoListModel::resultChoosesTheTypicalCandidate()
{
    PhotoListModel model;
    model.addPaths(names(1));
    ColorizeResult result;
    result.candidates = {solid(qRgb(200, 0, 0), 16, 8), solid(qRgb(0, 200, 0), 16, 8), solid(qRgb(0, 0, 200), 16, 8)};
    result.shown = 2;
    result.image = solid(qRgb(0, 0, 200), 64, 32);
    result.thumbnail = solid(qRgb(0, 0, 200), 32, 16);
    model.setCandidate(0, 1);   // picked before any result: replaced by the branch's own choice
    PhotoListModel::Branch branch;
    branch.result = result;
    branch.candidate = result.shown;
    QCOMPARE(model.addBranch(0, branch), 0);
    QCOMPARE(model.photo(0).state, State::Done);
    QCOMPARE(model.photo(0).candidate, 2);
    const auto iconColor = [&model] {
        return model.data(model.index(0), Qt::DecorationRole).value<QIcon>().pixmap(32, 16).toImage().pixelColor(0, 0);
    };
    QCOMPARE(iconColor(), QColor(0, 0, 200));
    // Picking another candidate shows it in the list.
    model.setCandidate(0, 0);
    QCOMPARE(model.photo(0).candidate, 0);
    QCOMPARE(iconColor(), QColor(200, 0, 0));

    // A second branch is shown with its own choice; the first keeps its pick and comes back.
    ColorizeResult second = result;
    second.candidates = {solid(qRgb(0, 90, 0), 16, 8), solid(qRgb(90, 90, 0), 16, 8)};
    second.shown = 1;
    second.thumbnail = solid(qRgb(90, 90, 0), 32, 16);
    PhotoListModel::Branch continued;
    continued.parent = 0;
    continued.fromStep = 3;
    continued.result = second;
    continued.candidate = 1;
    QCOMPARE(model.addBranch(0, continued), 1);
    QCOMPARE(model.photo(0).branch, 1);
    QCOMPARE(model.photo(0).candidate, 1);
    QCOMPARE(model.photo(0).result.candidates.size(), 2);
    QCOMPARE(iconColor(), QColor(90, 90, 0));
    QCOMPARE(model.photo(0).branches.at(0).candidate, 0);
    model.showBranch(0, 0);
    QCOMPARE(model.photo(0).branch, 0);
    QCOMPARE(model.photo(0).candidate, 0);
    QCOMPARE(model.photo(0).result.candidates.size(), 3);
    QCOMPARE(iconColor(), QColor(200, 0, 0));
    model.showBranch(0, 7);   // no such branch: nothing changes
    QCOMPARE(model.photo(0).branch, 0);
}

void TestPhotoListModel::onlyRecentPhotosKeepTheirFrames()
{
    PhotoListModel model;
    const int count = PhotoListModel::kPhotosWithFrames + 2;
    model.addPaths(names(count));
    TimelineFrame frame;
    frame.stepCount = 4;
    for (int row = 0; row < count; ++row)
        model.setFrames(row, {frame, frame});
    // The first two lost their frames to the newer ones.
    QVERIFY(model.photo(0).frames.isEmpty());
    QVERIFY(model.photo(1).frames.isEmpty());
    for (int row = 2; row < count; ++row)
        QCOMPARE(model.photo(row).frames.size(), 2);
    // Adding a frame to a kept photo makes it the newest; the oldest kept one goes.
    model.appendFrame(2, frame);
    model.setFrames(0, {frame});
    QCOMPARE(model.photo(2).frames.size(), 3);
    QVERIFY(model.photo(3).frames.isEmpty());
    QCOMPARE(model.photo(0).frames.size(), 1);
}

void TestPhotoListModel::displayTextFollowsTheState()
{
    PhotoListModel model;
    model.addPaths({QStringLiteral("/archive/harbour.png")});
    QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(),
             QStringLiteral("harbour.png\n") + PhotoListModel::stateText(State::Loading));
    model.setState(0, State::Running);
    model.setProgress(0, 0.42);
    QVERIFY(model.data(model.index(0), Qt::DisplayRole).toString().contains(QStringLiteral("42%")));
    QVERIFY(!model.data(model.index(5), Qt::DisplayRole).isValid());
    QVERIFY(!PhotoListModel::stateText(State::Failed).isEmpty());
}

QTEST_MAIN(TestPhotoListModel)
#include "tst_photolistmodel.moc"
