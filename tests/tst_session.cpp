// The session controller without any widget, with the real worker and a tiny model made by the
// test: photos and folders are listed once and read in the background, an unreadable file
// fails alone, hints change through one edit path, colorizing needs a model, a result can be
// continued from a frame into a branch of its own (a new seed, new colors; the same seed, the
// same colors; earlier branches kept and shown again on request; ahead of the queue), another candidate can be chosen and is the one exported, and
// removing photos keeps or moves the current one.

#include "guitestdata.h"
#include "tinymodel.h"

#include "session.h"

#include "colorized/jobs/colorizejob.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace colorized::jobs;
using State = PhotoListModel::State;

class TestSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsFilesAndFoldersOnce();
    void unreadablePhotoFailsAlone();
    void hintEditsApplyOrRefuse();
    void hintsChangeThroughOneEditPath();
    void colorizingNeedsAModel();
    void colorizeContinueAndCancel();
    void chosenCandidateIsShownAndExported();
    void candidateTilesAreComposedForTheirCell();   // and a cancelled batch export
    void continuationsAreBranchesThatFollowTheirSeed();
    void continuationsJumpTheQueue();
    void removingPhotosKeepsOrMovesTheCurrentOne();

private:
    ColorizeSettings settings() const;
    const PhotoListModel::Photo& photo(int row) const { return session_->photos()->photo(row); }
    bool waitForState(int row, State state);

    QTemporaryDir dir_;
    QString model_, folder_, street_, portrait_, nested_, corrupt_;
    Session* session_ = nullptr;
};

void TestSession::initTestCase()
{
    QVERIFY(dir_.isValid());
    model_ = colorized::testsupport::writeTinyModel(dir_.filePath(QStringLiteral("tiny.safetensors")));
    folder_ = dir_.filePath(QStringLiteral("scans"));
    QVERIFY(QDir().mkpath(folder_ + QStringLiteral("/box 2")));
    street_ = guitest::makePhoto(folder_ + QStringLiteral("/street.png"), 48, 36);
    portrait_ = guitest::makePhoto(folder_ + QStringLiteral("/Portrait.png"), 36, 48);
    nested_ = guitest::makePhoto(folder_ + QStringLiteral("/box 2/harbour.png"), 40, 30);
    QFile notes(folder_ + QStringLiteral("/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a photograph");
    notes.close();
    corrupt_ = guitest::makeCorruptFile(dir_.filePath(QStringLiteral("torn.jpg")));
    QDir(dir_.path()).mkdir(QStringLiteral("exports"));
}

void TestSession::init()
{
    session_ = new Session;
}

void TestSession::cleanup()
{
    delete session_;
    session_ = nullptr;
}

ColorizeSettings TestSession::settings() const
{
    ColorizeSettings s;
    s.modelPath = model_;
    s.steps = 4;
    s.candidates = 3;
    s.seed = 5;
    return s;
}

bool TestSession::waitForState(int row, State state)
{
    return QTest::qWaitFor([&] { return row < session_->photos()->rowCount() && photo(row).state == state; }, 100000);
}

void TestSession::addsFilesAndFoldersOnce()
{
    QSignalSpy current(session_, &Session::currentChanged);
    QSignalSpy loaded(session_, &Session::photoLoaded);
    QSignalSpy original(session_, &Session::originalLoaded);
    QSignalSpy messages(session_, &Session::message);
    // A folder is searched recursively, sorted by name; other files are left out.
    QCOMPARE(session_->addPaths({folder_}), 3);
    QCOMPARE(session_->photos()->rowCount(), 3);
    QCOMPARE(photo(0).path, QFileInfo(nested_).absoluteFilePath());
    QCOMPARE(photo(1).path, QFileInfo(portrait_).absoluteFilePath());
    QCOMPARE(photo(2).path, QFileInfo(street_).absoluteFilePath());
    QCOMPARE(session_->current(), 0);
    QCOMPARE(current.size(), 1);
    QVERIFY(messages.last().at(0).toString().contains(QLatin1Char('3')));

    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 20000);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(photo(row).state, State::Ready);
    QCOMPARE(photo(2).size, QSize(48, 36));
    // The current photo is also read at full resolution for the viewer.
    QTRY_COMPARE_WITH_TIMEOUT(original.size(), 1, 20000);
    QCOMPARE(original.first().at(0).value<QImage>().size(), QSize(40, 30));
    QVERIFY(!session_->isLoadingOriginal());

    // Adding the same files again lists nothing new; the first of them becomes current.
    QCOMPARE(session_->addPaths({street_}), 1);
    QCOMPARE(session_->photos()->rowCount(), 3);
    QCOMPARE(session_->current(), 2);
    // Nothing found is said, not silently ignored.
    QCOMPARE(session_->addPaths({dir_.filePath(QStringLiteral("missing.png"))}), 0);
    QVERIFY(!messages.last().at(0).toString().isEmpty());
    QCOMPARE(session_->photos()->rowCount(), 3);
}

void TestSession::unreadablePhotoFailsAlone()
{
    session_->addPaths({street_});
    QVERIFY(waitForState(0, State::Ready));
    QSignalSpy loaded(session_, &Session::photoLoaded);
    session_->addPaths({corrupt_});
    QVERIFY(loaded.wait(20000));
    QCOMPARE(photo(1).state, State::Failed);
    QVERIFY2(photo(1).message.contains(QStringLiteral("torn.jpg")), qPrintable(photo(1).message));
    QCOMPARE(photo(0).state, State::Ready);
    QCOMPARE(session_->current(), 0);
    // A failed photo is not offered for colorizing.
    QCOMPARE(session_->colorizableRows(), QList<int>({0}));
}

void TestSession::hintEditsApplyOrRefuse()
{
    const QVector<HintSpec> two = {{QPointF(0.1, 0.1), QColor(Qt::red), {}}, {QPointF(0.9, 0.9), QColor(Qt::blue), {}}};
    auto outcome = applyHintEdit(two, HintEdit::add(QPointF(0.5, 0.5), QColor(Qt::green)));
    QVERIFY(outcome);
    QCOMPARE(outcome->hints.size(), 3);
    QCOMPARE(outcome->selected, 2);
    outcome = applyHintEdit(two, HintEdit::remove(1));
    QVERIFY(outcome);
    QCOMPARE(outcome->hints.size(), 1);
    QCOMPARE(outcome->selected, 0);   // the one now at its place, or the last
    outcome = applyHintEdit(two, HintEdit::remove(0));
    QCOMPARE(outcome->selected, 0);
    QCOMPARE(outcome->hints.first().color, QColor(Qt::blue));
    outcome = applyHintEdit({two.first()}, HintEdit::remove(0));
    QCOMPARE(outcome->selected, -1);
    outcome = applyHintEdit(two, HintEdit::move(1, QPointF(0.3, 0.4)));
    QCOMPARE(outcome->hints.at(1).position, QPointF(0.3, 0.4));
    QCOMPARE(outcome->hints.at(1).color, QColor(Qt::blue));
    QCOMPARE(outcome->selected, 1);
    outcome = applyHintEdit(two, HintEdit::recolor(0, QColor(Qt::yellow)));
    QCOMPARE(outcome->hints.at(0).color, QColor(Qt::yellow));
    QCOMPARE(outcome->hints.at(0).position, QPointF(0.1, 0.1));
    // The evidence note: kept with the hint through a move and a recolor; 500 UTF-8 bytes at most.
    outcome = applyHintEdit(two, HintEdit::annotate(1, QStringLiteral("Register 1912, p. 4")));
    QCOMPARE(outcome->hints.at(1).note, QStringLiteral("Register 1912, p. 4"));
    QCOMPARE(outcome->hints.at(1).color, QColor(Qt::blue));
    QCOMPARE(outcome->selected, 1);
    outcome = applyHintEdit(outcome->hints, HintEdit::move(1, QPointF(0.2, 0.2)));
    outcome = applyHintEdit(outcome->hints, HintEdit::recolor(1, QColor(Qt::cyan)));
    QCOMPARE(outcome->hints.at(1).note, QStringLiteral("Register 1912, p. 4"));
    QVERIFY(applyHintEdit(two, HintEdit::annotate(0, QString(250, QChar(0x00e9)))));   // 500 bytes
    QVERIFY(!applyHintEdit(two, HintEdit::annotate(0, QString(251, QChar(0x00e9)))));
    QVERIFY(!applyHintEdit(two, HintEdit::annotate(2, QStringLiteral("no such hint"))));
    outcome = applyHintEdit(two, HintEdit::clear());
    QVERIFY(outcome->hints.isEmpty());
    QCOMPARE(outcome->selected, -1);
    // Edits naming a hint that is not there, or without a color, do not apply.
    QVERIFY(!applyHintEdit(two, HintEdit::move(2, QPointF())));
    QVERIFY(!applyHintEdit(two, HintEdit::remove(-1)));
    QVERIFY(!applyHintEdit(two, HintEdit::recolor(0, QColor())));
    QVERIFY(!applyHintEdit(two, HintEdit::add(QPointF(0.5, 0.5), QColor())));
}

void TestSession::hintsChangeThroughOneEditPath()
{
    session_->addPaths({street_, portrait_});
    QCOMPARE(session_->current(), 0);
    QSignalSpy hints(session_, &Session::hintsChanged);
    QSignalSpy changed(session_->photos(), &PhotoListModel::photoChanged);

    QVERIFY(session_->editHints(0, HintEdit::add(QPointF(0.5, 0.5), QColor(220, 40, 30))));
    QVERIFY(session_->editHints(0, HintEdit::add(QPointF(0.2, 0.8), QColor(20, 160, 40))));
    QCOMPARE(photo(0).hints.size(), 2);
    QCOMPARE(session_->selectedHint(), 1);
    QCOMPARE(hints.size(), 2);
    QCOMPARE(changed.last().at(0).toInt(), 0);

    QVERIFY(session_->editHints(0, HintEdit::move(0, QPointF(0.3, 0.4))));
    QCOMPARE(photo(0).hints.at(0).position, QPointF(0.3, 0.4));
    QCOMPARE(session_->selectedHint(), 0);
    QVERIFY(session_->editHints(0, HintEdit::recolor(1, QColor(0, 0, 200))));
    QCOMPARE(photo(0).hints.at(1).color, QColor(0, 0, 200));

    // A refused edit changes nothing and says nothing.
    const int before = hints.size();
    QVERIFY(!session_->editHints(0, HintEdit::remove(5)));
    QVERIFY(!session_->editHints(7, HintEdit::clear()));
    QCOMPARE(hints.size(), before);
    QCOMPARE(photo(0).hints.size(), 2);

    // The other photo's hints change without touching the current photo's selection.
    QVERIFY(session_->editHints(1, HintEdit::add(QPointF(0.1, 0.1), QColor(Qt::white))));
    QCOMPARE(photo(1).hints.size(), 1);
    QCOMPARE(session_->selectedHint(), 1);
    QCOMPARE(hints.size(), before);

    QVERIFY(session_->editHints(0, HintEdit::remove(0)));
    QCOMPARE(photo(0).hints.size(), 1);
    QCOMPARE(photo(0).hints.first().color, QColor(0, 0, 200));
    QVERIFY(session_->editHints(0, HintEdit::clear()));
    QVERIFY(photo(0).hints.isEmpty());
    QCOMPARE(session_->selectedHint(), -1);
    // Another photo made current starts with no hint selected.
    session_->selectHint(0);
    QCOMPARE(session_->selectedHint(), -1);   // photo 0 has none left to select
    session_->setCurrent(1);
    session_->selectHint(0);
    QCOMPARE(session_->selectedHint(), 0);
    session_->setCurrent(0);
    QCOMPARE(session_->selectedHint(), -1);
}

void TestSession::colorizingNeedsAModel()
{
    session_->addPaths({street_});
    QVERIFY(waitForState(0, State::Ready));
    QSignalSpy messages(session_, &Session::message);
    ColorizeSettings noModel = settings();
    noModel.modelPath.clear();
    session_->colorize({0}, noModel);
    QCOMPARE(session_->job()->pendingCount(), 0);
    QCOMPARE(photo(0).state, State::Ready);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().at(0).toString().contains(QStringLiteral("model")));
}

void TestSession::colorizeContinueAndCancel()
{
    // Colorized as soon as its preview is read.
    QSignalSpy arrived(session_, &Session::resultArrived);
    session_->addPaths({street_}, settings());
    QVERIFY(arrived.wait(100000));
    QCOMPARE(photo(0).state, State::Done);
    QCOMPARE(photo(0).frames.size(), 4);
    QCOMPARE(photo(0).result.candidates.size(), 4);   // three candidates and their consensus
    QCOMPARE(photo(0).result.settings.seed, quint64(5));
    QCOMPARE(photo(0).candidate, photo(0).result.shown);
    QVERIFY(session_->canContinue(0));
    QCOMPARE(session_->shownResult().size(), QSize(48, 36));

    // Continued from step 2 with a hint added since: the frames before the branch stay.
    QVERIFY(session_->editHints(0, HintEdit::add(QPointF(0.7, 0.4), QColor(20, 160, 40))));
    QSignalSpy replaced(session_, &Session::framesReplaced);
    session_->continueFrom(0, 2, settings());
    QCOMPARE(photo(0).state, State::Queued);
    QVERIFY(arrived.wait(100000));
    QCOMPARE(photo(0).result.startStep, 2);
    // Continued from the result chosen by default: the consensus, result K, whose state is the
    // candidates' mean.
    QCOMPARE(photo(0).result.parentCandidate, photo(0).result.settings.candidates);
    QCOMPARE(photo(0).result.hints.size(), 1);
    QCOMPARE(photo(0).frames.size(), 4);
    QCOMPARE(photo(0).frames.first().step, 0);
    QVERIFY(!replaced.isEmpty());

    // Cancelled before it ends: the photo keeps its earlier result.
    QSignalSpy cancelled(session_->job(), &ColorizeJob::cancelled);
    ColorizeSettings slow = settings();
    slow.sampler = colorized::SamplerKind::Ddpm;   // the model's 50 steps
    session_->colorize({0}, slow);
    session_->cancelAll();
    QVERIFY(cancelled.size() == 1 || cancelled.wait(100000));
    QCOMPARE(photo(0).state, State::Done);
    QCOMPARE(photo(0).result.startStep, 2);
    QVERIFY(photo(0).message.contains(QStringLiteral("cancelled")));
}

void TestSession::candidateTilesAreComposedForTheirCell()
{
    const QString large = guitest::makePhoto(dir_.filePath(QStringLiteral("large.png")), 320, 240);
    session_->addPaths({large}, settings());
    QVERIFY(waitForState(0, State::Done));
    const ColorizeResult result = photo(0).result;
    QVERIFY(result.candidates.first().width() < 200);   // working resolution, smaller than the cell

    // A 200x120 cell: each candidate composed from the 320x240 original and reduced to fill
    // the cell's height, sharper than the working-resolution candidate scaled up.
    QSignalSpy composed(session_, &Session::candidateTilesComposed);
    session_->composeCandidateTiles(QSize(200, 120));
    QVERIFY(composed.wait(20000));
    QCOMPARE(composed.first().at(0).toInt(), 0);
    const auto tiles = composed.first().at(1).value<QVector<QImage>>();
    QCOMPARE(tiles.size(), result.settings.candidates + 1);   // and the consensus
    for (const QImage& tile : tiles)
        QCOMPARE(tile.size(), QSize(160, 120));
    // The consensus's tile is its full-resolution image reduced.
    const QImage reduced = result.image.scaled(160, 120, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QColor a = tiles.at(result.shown).pixelColor(20, 100), b = reduced.pixelColor(20, 100);   // away from the disc's edge
    QVERIFY(std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3 && std::abs(a.blue() - b.blue()) <= 3);

    // A cell larger than the original: never enlarged.
    composed.clear();
    session_->composeCandidateTiles(QSize(900, 900));
    QVERIFY(composed.wait(20000));
    QCOMPARE(composed.first().at(1).value<QVector<QImage>>().first().size(), QSize(320, 240));

    // A batch export cancelled at once: at most the export already begun is written, and the
    // batch still reports its end.
    QSignalSpy exported(session_, &Session::exportsFinished);
    ExportOptions options;
    options.folder = dir_.filePath(QStringLiteral("exports-cancelled"));
    QVERIFY(QDir().mkpath(options.folder));
    session_->exportRows({0, 0, 0, 0, 0}, options);
    session_->cancelExports();
    QVERIFY(exported.wait(30000));
    QVERIFY(exported.first().at(0).toStringList().size() <= 1);
    QVERIFY(exported.first().at(1).toStringList().isEmpty());
    QVERIFY(QDir(options.folder).entryList(QDir::Files).size() <= 2);   // an image and its sidecar
}

void TestSession::chosenCandidateIsShownAndExported()
{
    session_->addPaths({street_}, settings());
    QVERIFY(waitForState(0, State::Done));
    const ColorizeResult result = photo(0).result;
    QCOMPARE(result.shown, 3);   // the consensus of three candidates
    const int other = 2;         // a candidate, and not the first
    QVERIFY(!session_->pickCandidate(0, 4));
    QVERIFY(!session_->pickCandidate(1, 0));
    QCOMPARE(photo(0).candidate, result.shown);

    QSignalSpy chosen(session_, &Session::candidateChosen);
    QSignalSpy shown(session_, &Session::shownResultChanged);
    QVERIFY(session_->pickCandidate(0, other));
    QCOMPARE(photo(0).candidate, other);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(1).toInt(), other);
    // Composed at full resolution in the background, then shown instead of the typical one.
    QVERIFY(shown.wait(20000));
    QCOMPARE(session_->shownResult().size(), QSize(48, 36));
    QVERIFY(session_->shownResult().cacheKey() != result.image.cacheKey());

    QSignalSpy exported(session_, &Session::exportsFinished);
    ExportOptions options;
    options.folder = dir_.filePath(QStringLiteral("exports"));
    session_->exportRows({0, 4}, options);   // a row that does not exist is skipped
    QVERIFY(exported.wait(30000));
    const QStringList written = exported.first().at(0).toStringList();
    const QStringList errors = exported.first().at(1).toStringList();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(written.size(), 1);
    QVERIFY2(QFileInfo(written.first()).fileName().startsWith(QStringLiteral("street-colorized-c%1").arg(other + 1)),
             qPrintable(written.first()));

    // Back to the typical one: shown again at once.
    QVERIFY(session_->pickCandidate(0, result.shown));
    QCOMPARE(session_->shownResult().cacheKey(), result.image.cacheKey());

    // Nothing to export is an error, not silence.
    exported.clear();
    session_->exportRows({}, options);
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(1).toStringList().size(), 1);
}

void TestSession::continuationsAreBranchesThatFollowTheirSeed()
{
    // DDIM at eta 0: deterministic after its start, so only re-noising can make a seed matter.
    ColorizeSettings deterministic = settings();
    deterministic.eta = 0.0;
    QSignalSpy arrived(session_, &Session::resultArrived);
    session_->addPaths({street_}, deterministic);
    QVERIFY(arrived.wait(100000));
    const ColorizeResult parent = photo(0).result;
    const int picked = parent.shown == 2 ? 1 : 2;
    QVERIFY(session_->pickCandidate(0, picked));
    QCOMPARE(photo(0).branches.size(), 1);

    const auto continueWithSeed = [&](quint64 seed) {
        ColorizeSettings next = deterministic;
        next.seed = seed;
        session_->continueFrom(0, 1, next);
        return arrived.wait(100000);
    };
    QVERIFY(continueWithSeed(7));
    QCOMPARE(photo(0).branches.size(), 2);
    QCOMPARE(photo(0).branch, 1);
    const PhotoListModel::Branch first = photo(0).branches.at(1);
    QCOMPARE(first.parent, 0);
    QCOMPARE(first.fromStep, 1);
    QCOMPARE(first.fromCandidate, picked);
    QCOMPARE(first.result.startStep, 1);
    QCOMPARE(first.result.parentSeed, quint64(5));
    QCOMPARE(first.result.parentCandidate, picked);
    // The continued branch keeps its result and its pick.
    QCOMPARE(photo(0).branches.at(0).result.image.cacheKey(), parent.image.cacheKey());
    QCOMPARE(photo(0).branches.at(0).candidate, picked);
    // The new branch's timeline: the parent's frame before step 1, then its own.
    QCOMPARE(photo(0).frames.size(), 4);
    QCOMPARE(photo(0).frames.first().step, 0);
    QCOMPARE(photo(0).frames.first().predicted, photo(0).branches.at(0).frames.first().predicted);
    QVERIFY(photo(0).frames.at(1).predicted != photo(0).branches.at(0).frames.at(1).predicted);

    // Back to the first branch: its result and pick; a continuation of it with another seed,
    // then with the same seed again.
    QSignalSpy branchShown(session_, &Session::branchShown);
    QVERIFY(!session_->showBranch(0, 5));
    QVERIFY(session_->showBranch(0, 0));
    QCOMPARE(branchShown.size(), 1);
    QCOMPARE(photo(0).result.image.cacheKey(), parent.image.cacheKey());
    QCOMPARE(photo(0).candidate, picked);
    QVERIFY(continueWithSeed(8));
    const PhotoListModel::Branch other = photo(0).branches.at(2);
    QVERIFY(session_->showBranch(0, 0));
    QVERIFY(continueWithSeed(7));
    const PhotoListModel::Branch again = photo(0).branches.at(3);
    QCOMPARE(photo(0).branches.size(), 4);
    QCOMPARE(again.parent, 0);
    QCOMPARE(other.parent, 0);

    // Same frame, same candidate: seed 7 twice gives the same pixels, seed 8 others.
    QCOMPARE(again.result.image, first.result.image);
    QCOMPARE(again.result.candidates, first.result.candidates);
    QVERIFY(other.result.image != first.result.image);
    for (int k = 0; k < first.result.candidates.size(); ++k)
        QVERIFY(other.result.candidates.at(k) != first.result.candidates.at(k));
    // And none of them is the parent's.
    QVERIFY(first.result.image != parent.image);
}

void TestSession::continuationsJumpTheQueue()
{
    QSignalSpy arrived(session_, &Session::resultArrived);
    session_->addPaths({street_}, settings());
    QVERIFY(arrived.wait(100000));
    session_->addPaths({portrait_, nested_});
    QVERIFY(waitForState(1, State::Ready));
    QVERIFY(waitForState(2, State::Ready));

    QSignalSpy started(session_->job(), &ColorizeJob::started);
    ColorizeSettings slow = settings();
    slow.sampler = colorized::SamplerKind::Ddpm;   // the model's 50 steps
    session_->colorize({1, 2}, slow);
    session_->continueFrom(0, 1, settings());
    const int continuation = photo(0).request;
    const int waiting = photo(2).request;
    QVERIFY(QTest::qWaitFor([&] { return session_->job()->pendingCount() == 0; }, 100000));
    QVector<int> order;
    for (const QList<QVariant>& signal : started)
        order << signal.at(0).toInt();
    QCOMPARE(order.size(), 3);
    QVERIFY2(order.indexOf(continuation) < order.indexOf(waiting), "the continuation waited behind a photo queued before it");
    QCOMPARE(photo(0).branches.size(), 2);
}

void TestSession::removingPhotosKeepsOrMovesTheCurrentOne()
{
    session_->addPaths({street_, portrait_, nested_});
    session_->setCurrent(1);
    QSignalSpy current(session_, &Session::currentChanged);
    // Removing another photo keeps the current one, now one row up.
    session_->removeRows({0});
    QCOMPARE(session_->current(), 0);
    QCOMPARE(photo(0).path, QFileInfo(portrait_).absoluteFilePath());
    QCOMPARE(current.size(), 0);
    // Removing the current photo makes the next one current.
    session_->removeRows({0});
    QCOMPARE(current.size(), 1);
    QCOMPARE(session_->current(), 0);
    QCOMPARE(photo(0).path, QFileInfo(nested_).absoluteFilePath());
    session_->removeRows({0});
    QCOMPARE(session_->current(), -1);
    QCOMPARE(current.last().at(0).toInt(), -1);
    QCOMPARE(session_->photos()->rowCount(), 0);
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
