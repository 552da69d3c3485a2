// The project of a session (ui/session: Session::project/openProject, ProjectKeeper): a photo
// colorized with hints and another candidate chosen is saved, opened in a fresh session and
// rendered again to the same pixels, and so is every branch of a photo continued from a frame; a changed or missing original is reported; the autosave of
// an unnamed project is restored; and quitting asks exactly when unexported work would live on
// only in the autosave.

#include "guitestdata.h"
#include "tinymodel.h"

#include "projectkeeper.h"
#include "session.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/project/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace colorized::jobs;
using State = PhotoListModel::State;
using Answer = ProjectKeeper::QuitAnswer;

class TestProjectKeeper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aSavedProjectRendersAgainBitForBit();
    void everyBranchIsSavedAndRemadeBitForBit();
    void aChangedOrMissingOriginalIsReported();
    void theUnnamedProjectIsAutosavedAndRestored();
    void aFailedSaveIsSaid();
    void quitAsksOnlyWhenWorkWouldBeLost_data();
    void quitAsksOnlyWhenWorkWouldBeLost();
    void exportsKeepTrackOfUnexportedWork();
    void aBatchProjectFromTheCliOpensForReview();

private:
    ColorizeSettings settings() const;
    static bool waitForState(Session& session, int row, State state);

    QTemporaryDir dir_;
    QString model_, street_, portrait_;
};

void TestProjectKeeper::initTestCase()
{
    QVERIFY(dir_.isValid());
    model_ = colorized::testsupport::writeTinyModel(dir_.filePath(QStringLiteral("tiny.safetensors")));
    street_ = QFileInfo(guitest::makePhoto(dir_.filePath(QStringLiteral("street.png")), 48, 36)).absoluteFilePath();
    portrait_ = QFileInfo(guitest::makePhoto(dir_.filePath(QStringLiteral("portrait.png")), 36, 48)).absoluteFilePath();
    QVERIFY(QDir(dir_.path()).mkpath(QStringLiteral("exports")));
}

ColorizeSettings TestProjectKeeper::settings() const
{
    ColorizeSettings s;
    s.modelPath = model_;
    s.steps = 4;
    s.candidates = 3;
    s.seed = 4242;
    return s;
}

bool TestProjectKeeper::waitForState(Session& session, int row, State state)
{
    return QTest::qWaitFor(
        [&] { return row < session.photos()->rowCount() && session.photos()->photo(row).state == state; }, 100000);
}

void TestProjectKeeper::aSavedProjectRendersAgainBitForBit()
{
    const QString file = dir_.filePath(QStringLiteral("bits.colorized"));
    ColorizeResult first;
    int chosen = 0;
    QImage shown;
    QVector<HintSpec> hintsNow;
    {
        Session session;
        ProjectKeeper keeper(&session, dir_.filePath(QStringLiteral("autosave-bits.colorized")));
        session.addPaths({street_, portrait_});
        QVERIFY(waitForState(session, 0, State::Ready));
        // A hint with more than 8 bits per channel must convert to the same a*b* after the trip.
        QVERIFY(session.editHints(0, HintEdit::add(QPointF(0.3, 0.6), QColor::fromRgba64(51401, 10281, 7711))));
        session.colorize({0}, settings());
        QVERIFY(waitForState(session, 0, State::Done));
        first = session.photos()->photo(0).result;
        chosen = first.shown == 0 ? 2 : 0;
        QSignalSpy composed(&session, &Session::shownResultChanged);
        QVERIFY(session.pickCandidate(0, chosen));
        QVERIFY(composed.wait(20000));
        shown = session.shownResult();
        // A hint placed after the run is saved, but not used to remake the result.
        QVERIFY(session.editHints(0, HintEdit::add(QPointF(0.9, 0.1), QColor(0, 0, 255))));
        hintsNow = session.photos()->photo(0).hints;
        QCOMPARE(keeper.saveAs(file), QString());
        QCOMPARE(keeper.fileName(), file);
    }

    Session session;
    ProjectKeeper keeper(&session, dir_.filePath(QStringLiteral("autosave-bits.colorized")));
    Session::Restored restored;
    QCOMPARE(keeper.open(file, &restored), QString());
    QCOMPARE(restored.photos, 2);
    QCOMPARE(restored.colorized, 1);
    QCOMPARE(restored.hints, 2);
    QCOMPARE(restored.missing, 0);
    QCOMPARE(session.undoStack()->count(), 0);
    QCOMPARE(session.current(), 0);
    QVERIFY(session.photos()->photo(0).hints == hintsNow);
    // The current photo is rendered again from the project as soon as it is read.
    QVERIFY(waitForState(session, 0, State::Done));
    const PhotoListModel::Photo& photo = session.photos()->photo(0);
    QCOMPARE(photo.candidate, chosen);
    QCOMPARE(photo.result.settings.seed, first.settings.seed);
    QVERIFY(photo.result.hints == first.hints);
    QCOMPARE(photo.result.candidates.size(), first.candidates.size());
    for (int k = 0; k < first.candidates.size(); ++k)
        QVERIFY2(photo.result.candidates.at(k) == first.candidates.at(k), qPrintable(QStringLiteral("candidate %1").arg(k)));
    QVERIFY(photo.result.image == first.image);
    QCOMPARE(photo.result.sourceSha256, first.sourceSha256);
    QVERIFY(photo.message.isEmpty());
    // And the chosen candidate, composed at full resolution, is the same image.
    QTRY_VERIFY_WITH_TIMEOUT(!session.shownResult().isNull() && session.shownResult() == shown, 20000);
    // The other photo has no result to remake and is not colorized.
    QCOMPARE(session.photos()->photo(1).state, State::Ready);
}

void TestProjectKeeper::everyBranchIsSavedAndRemadeBitForBit()
{
    const QString file = dir_.filePath(QStringLiteral("branches.colorized"));
    QVector<PhotoListModel::Branch> made;
    std::string savedText;
    {
        Session session;
        ProjectKeeper keeper(&session, dir_.filePath(QStringLiteral("autosave-branches.colorized")));
        session.addPaths({street_});
        QVERIFY(waitForState(session, 0, State::Ready));
        session.colorize({0}, settings());
        QVERIFY(waitForState(session, 0, State::Done));
        const int rootPick = (session.photos()->photo(0).result.shown + 1) % 3;
        QVERIFY(session.pickCandidate(0, rootPick));
        // The continuation runs with a hint the first run did not have, another seed and fewer
        // candidates, from a frame in the middle of the first run's four steps.
        QVERIFY(session.editHints(0, HintEdit::add(QPointF(0.4, 0.5), QColor(30, 80, 200))));
        QVERIFY(session.canContinue(0));
        ColorizeSettings other = settings();
        other.seed = 99;
        other.candidates = 2;
        QSignalSpy arrived(&session, &Session::resultArrived);
        session.continueFrom(0, 2, other);
        QVERIFY(arrived.wait(100000));
        const PhotoListModel::Photo& photo = session.photos()->photo(0);
        QCOMPARE(photo.branches.size(), 2);
        QCOMPARE(photo.branches.at(1).parent, 0);
        QCOMPARE(photo.branches.at(1).fromStep, 2);
        QCOMPARE(photo.branches.at(1).fromCandidate, rootPick);
        // The first branch is the one shown when the project is saved.
        QVERIFY(session.showBranch(0, 0));
        made = photo.branches;
        savedText = colorized::project::projectJson(session.project());
        QCOMPARE(keeper.saveAs(file), QString());
    }

    Session session;
    ProjectKeeper keeper(&session, dir_.filePath(QStringLiteral("autosave-branches.colorized")));
    Session::Restored restored;
    QCOMPARE(keeper.open(file, &restored), QString());
    QCOMPARE(restored.colorized, 1);
    const PhotoListModel::Photo& photo = session.photos()->photo(0);
    // Until every branch is made again, the project still saves them all as they were read.
    QCOMPARE(colorized::project::projectJson(session.project()), savedText);
    QVERIFY(QTest::qWaitFor([&] { return !photo.saved && photo.state == State::Done; }, 200000));
    QCOMPARE(photo.branches.size(), made.size());
    for (int b = 0; b < made.size(); ++b) {
        const PhotoListModel::Branch& again = photo.branches.at(b);
        const PhotoListModel::Branch& before = made.at(b);
        QCOMPARE(again.parent, before.parent);
        QCOMPARE(again.fromStep, before.fromStep);
        QCOMPARE(again.fromCandidate, before.fromCandidate);
        QCOMPARE(again.candidate, before.candidate);
        QCOMPARE(again.result.settings.seed, before.result.settings.seed);
        QVERIFY(again.result.hints == before.result.hints);
        QCOMPARE(again.result.candidates.size(), before.result.candidates.size());
        for (int k = 0; k < before.result.candidates.size(); ++k)
            QVERIFY2(again.result.candidates.at(k) == before.result.candidates.at(k),
                     qPrintable(QStringLiteral("branch %1, candidate %2").arg(b).arg(k)));
        QVERIFY(again.result.image == before.result.image);
    }
    // The continuation really took another path than the branch it continued.
    QVERIFY(photo.branches.at(1).result.candidates.at(0) != photo.branches.at(0).result.candidates.at(0));
    QCOMPARE(photo.branch, 0);
    QCOMPARE(photo.candidate, made.at(0).candidate);
    QVERIFY(photo.message.isEmpty());
    // Nothing was lost or changed on the way: saved again, the same project.
    QCOMPARE(colorized::project::projectJson(session.project()), savedText);
    QCOMPARE(session.undoStack()->count(), 0);
}

void TestProjectKeeper::aChangedOrMissingOriginalIsReported()
{
    const QString changing = guitest::makePhoto(dir_.filePath(QStringLiteral("changing.png")), 40, 30);
    const QString leaving = QFileInfo(guitest::makePhoto(dir_.filePath(QStringLiteral("leaving.png")), 40, 30)).absoluteFilePath();
    const QString file = dir_.filePath(QStringLiteral("changes.colorized"));
    {
        Session session;
        ProjectKeeper keeper(&session, dir_.filePath(QStringLiteral("autosave-changes.colorized")));
        session.addPaths({changing, leaving}, settings());
        QVERIFY(waitForState(session, 0, State::Done));
        QVERIFY(waitForState(session, 1, State::Done));
        QCOMPARE(keeper.saveAs(file), QString());
    }
    guitest::makePhoto(changing, 40, 31);   // another scan under the same name
    QVERIFY(QFile::remove(leaving));

    Session session;
    ProjectKeeper keeper(&session, dir_.filePath(QStringLiteral("autosave-changes.colorized")));
    QSignalSpy messages(&session, &Session::message);
    Session::Restored restored;
    QCOMPARE(keeper.open(file, &restored), QString());
    QCOMPARE(restored.missing, 1);
    QCOMPARE(session.photos()->photo(1).state, State::Failed);
    QVERIFY(session.photos()->photo(1).message.contains(leaving));
    QTRY_VERIFY_WITH_TIMEOUT(session.photos()->photo(0).message.contains(QStringLiteral("changed")), 20000);
    QVERIFY(!messages.isEmpty());
    // The missing photo stays in the project with its saved result, for when it is found again.
    QVERIFY(session.project().photos.at(1).render.has_value());
}

void TestProjectKeeper::theUnnamedProjectIsAutosavedAndRestored()
{
    const QString autosave = dir_.filePath(QStringLiteral("user/autosave.colorized"));
    {
        Session session;
        ProjectKeeper keeper(&session, autosave);
        QVERIFY(!keeper.hasUnsavedChanges());
        session.addPaths({street_});
        QVERIFY(keeper.hasUnsavedChanges());
        QVERIFY(session.editHints(0, HintEdit::add(QPointF(0.5, 0.5), QColor(Qt::red))));
        // What the autosave timer runs.
        QCOMPARE(keeper.saveNow(), QString());
        QVERIFY(!keeper.hasUnsavedChanges());
        QVERIFY(QFileInfo(autosave).isFile());
        QCOMPARE(keeper.fileName(), QString());
    }
    Session session;
    ProjectKeeper keeper(&session, autosave);
    Session::Restored restored;
    QVERIFY(keeper.restoreAutosave(&restored));
    QCOMPARE(restored.photos, 1);
    QCOMPARE(restored.hints, 1);
    QCOMPARE(session.photos()->photo(0).path, street_);
    QCOMPARE(keeper.fileName(), QString());   // still unnamed
    // Named, the project lives in its own file and the autosave goes.
    const QString named = dir_.filePath(QStringLiteral("named.colorized"));
    QCOMPARE(keeper.saveAs(named), QString());
    QVERIFY(!QFileInfo::exists(autosave));
    QVERIFY(session.editHints(0, HintEdit::clear()));
    QCOMPARE(keeper.saveNow(), QString());
    QVERIFY(!QFileInfo::exists(autosave));
    ProjectKeeper other(new Session(this), dir_.filePath(QStringLiteral("unused.colorized")));
    QCOMPARE(other.open(named), QString());
    QCOMPARE(other.fileName(), named);
    // A new project is empty and unnamed.
    keeper.clear();
    QCOMPARE(session.photos()->rowCount(), 0);
    QCOMPARE(keeper.fileName(), QString());
    QVERIFY(!keeper.restoreAutosave(&restored));
}

void TestProjectKeeper::aFailedSaveIsSaid()
{
    Session session;
    ProjectKeeper keeper(&session, dir_.filePath(QStringLiteral("autosave-fail.colorized")));
    session.addPaths({street_});
    const QString impossible = dir_.filePath(QStringLiteral("street.png/inside.colorized"));   // under a file
    const QString error = keeper.saveAs(impossible);
    QVERIFY(error.contains(impossible));
    QVERIFY(error.endsWith(QLatin1Char('.')));
    QCOMPARE(keeper.fileName(), QString());
    QCOMPARE(keeper.quitAnswer(), Answer::Ask);
    // An unreadable project is refused with the parser's sentence.
    QVERIFY(keeper.open(dir_.filePath(QStringLiteral("none.colorized"))).contains(QStringLiteral("none.colorized")));
}

void TestProjectKeeper::quitAsksOnlyWhenWorkWouldBeLost_data()
{
    QTest::addColumn<int>("unexported");
    QTest::addColumn<bool>("named");
    QTest::addColumn<bool>("saveFailed");
    QTest::addColumn<bool>("asks");
    QTest::newRow("nothing colorized") << 0 << false << false << false;
    QTest::newRow("unexported, unnamed") << 2 << false << false << true;
    QTest::newRow("unexported, in a named project") << 2 << true << false << false;
    QTest::newRow("named, but its save failed") << 2 << true << true << true;
    QTest::newRow("all exported, save failed") << 0 << true << true << true;
}

void TestProjectKeeper::quitAsksOnlyWhenWorkWouldBeLost()
{
    QFETCH(int, unexported);
    QFETCH(bool, named);
    QFETCH(bool, saveFailed);
    QFETCH(bool, asks);
    QCOMPARE(ProjectKeeper::quitAnswer(unexported, named, saveFailed) == Answer::Ask, asks);
}

void TestProjectKeeper::exportsKeepTrackOfUnexportedWork()
{
    Session session;
    ProjectKeeper keeper(&session, dir_.filePath(QStringLiteral("autosave-export.colorized")));
    session.addPaths({street_, portrait_}, settings());
    QVERIFY(waitForState(session, 0, State::Done));
    QVERIFY(waitForState(session, 1, State::Done));
    QCOMPARE(session.unexportedRows(), (QList<int>{0, 1}));
    QCOMPARE(keeper.quitAnswer(), Answer::Ask);

    QSignalSpy exported(&session, &Session::exportsFinished);
    ExportOptions options;
    options.folder = dir_.filePath(QStringLiteral("exports"));
    session.exportRows({0}, options);
    QVERIFY(exported.wait(30000));
    QCOMPARE(session.unexportedRows(), QList<int>{1});
    const PhotoListModel::Photo& photo = session.photos()->photo(0);
    QCOMPARE(photo.exported.path, exported.first().at(0).toStringList().first());
    QVERIFY(photo.exported.at.isValid());
    // Another candidate is work not exported yet; undoing the choice brings the export back.
    const int other = (photo.candidate + 1) % 3;
    QVERIFY(session.pickCandidate(0, other));
    QCOMPARE(session.unexportedRows(), (QList<int>{0, 1}));
    session.undoStack()->undo();
    QCOMPARE(session.unexportedRows(), QList<int>{1});
    // The export is in the project file.
    const auto saved = session.project().photos.at(0).exported;
    QVERIFY(saved && saved->upToDate);
    QCOMPARE(QString::fromStdString(saved->path), photo.exported.path);
}

void TestProjectKeeper::aBatchProjectFromTheCliOpensForReview()
{
    const QString out = dir_.filePath(QStringLiteral("cli-out"));
    const QString file = dir_.filePath(QStringLiteral("batch.colorized"));
    const QString torn = QFileInfo(dir_.filePath(QStringLiteral("torn.jpg"))).absoluteFilePath();
    guitest::makeCorruptFile(torn);
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(COLORIZED_CLI),
              {QStringLiteral("colorize"), street_, portrait_, torn, QStringLiteral("-o"), out, QStringLiteral("--model"), model_,
               QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--candidates"), QStringLiteral("2"),
               QStringLiteral("--seed"), QStringLiteral("77"), QStringLiteral("--threads"), QStringLiteral("1"),
               QStringLiteral("--project"), file});
    QVERIFY(cli.waitForFinished(300000));
    const QString output = QString::fromUtf8(cli.readAll());
    QCOMPARE(cli.exitCode(), 1);   // one input could not be read; the others were colorized
    QVERIFY2(output.contains(QStringLiteral("project ") + file), qPrintable(output));

    Session session;
    session.job()->setThreadCount(1);
    ProjectKeeper keeper(&session, dir_.filePath(QStringLiteral("autosave-cli.colorized")));
    Session::Restored restored;
    QCOMPARE(keeper.open(file, &restored), QString());
    QCOMPARE(restored.photos, 3);      // the unreadable scan is listed for review too
    QCOMPARE(restored.colorized, 2);
    QCOMPARE(session.photos()->photo(2).path, torn);
    QVERIFY(!session.photos()->photo(2).saved);
    // Nothing left to export: the batch wrote every shown result.
    QVERIFY(session.unexportedRows().isEmpty());
    const PhotoListModel::Photo& street = session.photos()->photo(0);
    QVERIFY(QFileInfo(street.exported.path).isFile());
    QCOMPARE(street.saved->branches.size(), size_t(1));
    QCOMPARE(street.saved->branches.at(0).render.settings.seed, uint64_t(77));
    QCOMPARE(street.saved->branches.at(0).render.settings.candidates, 2);
    // Remade in the application, the shown candidate is the image the batch wrote.
    QVERIFY(waitForState(session, 0, State::Done));
    QCOMPARE(street.candidate, street.result.shown);
    const QImage written = QImage(street.exported.path).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(written.size(), street.result.image.size());
    QVERIFY(written == street.result.image.convertToFormat(QImage::Format_RGB32));
    QVERIFY(session.unexportedRows().isEmpty());
    // Saved again by the application, the photo's record is the one the batch wrote: both take
    // the settings as run from the result's provenance.
    const auto firstPhotoOf = [](colorized::project::Project project) {
        project.photos.resize(1);
        project.software.clear();
        project.current = 0;
        return colorized::project::projectJson(project);
    };
    QCOMPARE(firstPhotoOf(session.project()), firstPhotoOf(colorized::project::readProjectFile(file.toStdString())));
}

QTEST_MAIN(TestProjectKeeper)
#include "tst_projectkeeper.moc"
