// The session's undo commands (ui/session/sessioncommands.h), driven through the session's entry
// points as the window drives them: each hint edit, candidate choice, branch switch and removal
// is undone and redone exactly (and named so in the Edit menu), a drag of a hint is one step, and undoing a removal brings the photos back at
// their rows with their results.

#include "guitestdata.h"
#include "tinymodel.h"

#include "session.h"

#include <QAction>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace colorized::jobs;
using State = PhotoListModel::State;

class TestSessionCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { session_ = new Session; }
    void cleanup() { delete session_; }
    void everyHintEditIsUndoneAndRedone();
    void aDragIsOneStep();
    void undoShowsThePhotoItChanges();
    void candidateChoiceIsUndone();
    void branchSwitchIsUndone();
    void removalIsUndoneWithResults();

private:
    const PhotoListModel::Photo& photo(int row) const { return session_->photos()->photo(row); }
    QUndoStack* undo() const { return session_->undoStack(); }
    bool colorizeFirst();

    QTemporaryDir dir_;
    QString model_, street_, portrait_, harbour_;
    Session* session_ = nullptr;
};

void TestSessionCommands::initTestCase()
{
    QVERIFY(dir_.isValid());
    model_ = colorized::testsupport::writeTinyModel(dir_.filePath(QStringLiteral("tiny.safetensors")));
    street_ = QFileInfo(guitest::makePhoto(dir_.filePath(QStringLiteral("street.png")), 48, 36)).absoluteFilePath();
    portrait_ = QFileInfo(guitest::makePhoto(dir_.filePath(QStringLiteral("portrait.png")), 36, 48)).absoluteFilePath();
    harbour_ = QFileInfo(guitest::makePhoto(dir_.filePath(QStringLiteral("harbour.png")), 40, 30)).absoluteFilePath();
}

bool TestSessionCommands::colorizeFirst()
{
    ColorizeSettings s;
    s.modelPath = model_;
    s.steps = 3;
    s.candidates = 3;
    s.seed = 11;
    if (!QTest::qWaitFor([&] { return photo(0).state == State::Ready; }, 20000))
        return false;
    session_->colorize({0}, s);
    return QTest::qWaitFor([&] { return photo(0).state == State::Done; }, 100000);
}

void TestSessionCommands::everyHintEditIsUndoneAndRedone()
{
    session_->addPaths({street_});
    const HintSpec red{QPointF(0.5, 0.5), QColor(220, 40, 30), {}};
    const HintSpec green{QPointF(0.2, 0.8), QColor(20, 160, 40), {}};
    QVERIFY(session_->editHints(0, HintEdit::add(red.position, red.color)));
    QVERIFY(session_->editHints(0, HintEdit::add(green.position, green.color)));
    QVERIFY(session_->editHints(0, HintEdit::move(0, QPointF(0.3, 0.4))));
    QVERIFY(session_->editHints(0, HintEdit::recolor(1, QColor(0, 0, 200))));
    QVERIFY(session_->editHints(0, HintEdit::remove(0)));
    QVERIFY(session_->editHints(0, HintEdit::clear()));
    // A refused edit is no step.
    QVERIFY(!session_->editHints(0, HintEdit::remove(3)));
    QCOMPARE(undo()->count(), 6);
    QCOMPARE(undo()->text(5), QStringLiteral("Clear Hints"));
    QCOMPARE(undo()->text(3), QStringLiteral("Change Hint Color"));

    // Back, one step at a time, each state exactly as it was.
    undo()->undo();   // clear
    QVERIFY(photo(0).hints == (QVector<HintSpec>{{green.position, QColor(0, 0, 200), {}}}));
    undo()->undo();   // remove
    QVERIFY(photo(0).hints == (QVector<HintSpec>{{QPointF(0.3, 0.4), red.color, {}}, {green.position, QColor(0, 0, 200), {}}}));
    QCOMPARE(session_->selectedHint(), 0);   // the removed hint is back and selected
    undo()->undo();   // recolor
    QCOMPARE(photo(0).hints.at(1).color, green.color);
    QCOMPARE(session_->selectedHint(), 1);
    undo()->undo();   // move
    QVERIFY(photo(0).hints == (QVector<HintSpec>{red, green}));
    undo()->undo();   // add green
    QVERIFY(photo(0).hints == QVector<HintSpec>{red});
    QCOMPARE(session_->selectedHint(), -1);
    undo()->undo();   // add red
    QVERIFY(photo(0).hints.isEmpty());
    QVERIFY(!undo()->canUndo());

    // And forward again to the end.
    for (int i = 0; i < 5; ++i)
        undo()->redo();
    QVERIFY(photo(0).hints == (QVector<HintSpec>{{green.position, QColor(0, 0, 200), {}}}));
    undo()->redo();
    QVERIFY(photo(0).hints.isEmpty());
    QVERIFY(!undo()->canRedo());
}

void TestSessionCommands::aDragIsOneStep()
{
    session_->addPaths({street_});
    QVERIFY(session_->editHints(0, HintEdit::add(QPointF(0.5, 0.5), QColor(Qt::red))));
    for (int i = 1; i <= 10; ++i)
        QVERIFY(session_->editHints(0, HintEdit::move(0, QPointF(0.5, 0.5 - i * 0.01))));
    QCOMPARE(undo()->count(), 2);
    undo()->undo();
    QCOMPARE(photo(0).hints.first().position, QPointF(0.5, 0.5));
    undo()->redo();
    QCOMPARE(photo(0).hints.first().position, QPointF(0.5, 0.4));
}

void TestSessionCommands::undoShowsThePhotoItChanges()
{
    session_->addPaths({street_, portrait_});
    QCOMPARE(session_->current(), 0);
    // Editing another photo leaves the current one current...
    QVERIFY(session_->editHints(1, HintEdit::add(QPointF(0.1, 0.1), QColor(Qt::white))));
    QCOMPARE(session_->current(), 0);
    // ...but undoing it shows the photo that changed.
    undo()->undo();
    QCOMPARE(session_->current(), 1);
    QVERIFY(photo(1).hints.isEmpty());
}

void TestSessionCommands::candidateChoiceIsUndone()
{
    session_->addPaths({street_});
    QVERIFY(colorizeFirst());
    // The consensus is shown first, after the candidates.
    const int shown = photo(0).result.shown;
    QCOMPARE(shown, photo(0).result.settings.candidates);
    const int other = 1;
    QCOMPARE(photo(0).candidate, shown);
    // The result already chosen is no step.
    QVERIFY(session_->pickCandidate(0, shown));
    QCOMPARE(undo()->count(), 0);
    QVERIFY(session_->pickCandidate(0, other));
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(undo()->text(0), QStringLiteral("Choose Candidate 2"));
    undo()->undo();
    QCOMPARE(undo()->undoText(), QString());
    QCOMPARE(undo()->redoText(), QStringLiteral("Choose Candidate 2"));
    QCOMPARE(photo(0).candidate, shown);
    undo()->redo();
    QCOMPARE(photo(0).candidate, other);
}

void TestSessionCommands::branchSwitchIsUndone()
{
    session_->addPaths({street_, portrait_});
    QVERIFY(colorizeFirst());
    ColorizeSettings s;
    s.modelPath = model_;
    s.steps = 3;
    s.candidates = 2;
    s.seed = 12;
    QSignalSpy arrived(session_, &Session::resultArrived);
    session_->continueFrom(0, 1, s);
    QVERIFY(arrived.wait(100000));
    QCOMPARE(photo(0).branches.size(), 2);
    QCOMPARE(photo(0).branch, 1);   // a new branch is shown; making it is no step
    QCOMPARE(undo()->count(), 0);
    // The branch already shown, or one that does not exist, is no step.
    QVERIFY(session_->showBranch(0, 1));
    QVERIFY(!session_->showBranch(0, 2));
    QCOMPARE(undo()->count(), 0);

    // Branch 1 exported: switching away makes the export out of date, undoing restores it.
    session_->photos()->setExported(0, {dir_.filePath(QStringLiteral("street-colorized.png")),
                                        QDateTime::currentDateTimeUtc(), true});
    QSignalSpy shown(session_, &Session::branchShown);
    QVERIFY(session_->showBranch(0, 0));
    QVERIFY(!photo(0).exported.upToDate);
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(undo()->text(0), QStringLiteral("Switch to Branch 1"));
    const std::unique_ptr<QAction> undoAction(undo()->createUndoAction(nullptr));
    QCOMPARE(undoAction->text(), QStringLiteral("Undo Switch to Branch 1"));
    QCOMPARE(photo(0).branch, 0);
    QCOMPARE(photo(0).result.image.cacheKey(), photo(0).branches.at(0).result.image.cacheKey());
    QCOMPARE(photo(0).candidate, photo(0).branches.at(0).candidate);
    QCOMPARE(shown.size(), 1);

    // Undone from another photo: the photo comes back on screen with the branch it showed.
    session_->setCurrent(1);
    undo()->undo();
    QCOMPARE(session_->current(), 0);
    QCOMPARE(photo(0).branch, 1);
    QCOMPARE(photo(0).result.image.cacheKey(), photo(0).branches.at(1).result.image.cacheKey());
    QCOMPARE(photo(0).result.settings.seed, quint64(12));
    QVERIFY(photo(0).exported.upToDate);
    QCOMPARE(shown.size(), 2);
    undo()->redo();
    QCOMPARE(photo(0).branch, 0);
    QVERIFY(!photo(0).exported.upToDate);
    QCOMPARE(photo(0).result.settings.seed, quint64(11));
}

void TestSessionCommands::removalIsUndoneWithResults()
{
    session_->addPaths({street_, portrait_, harbour_});
    QVERIFY(colorizeFirst());
    QVERIFY(session_->editHints(2, HintEdit::add(QPointF(0.4, 0.6), QColor(10, 20, 200))));
    const ColorizeResult result = photo(0).result;
    session_->setCurrent(1);

    session_->removeRows({2, 0});
    QCOMPARE(session_->photos()->rowCount(), 1);
    QCOMPARE(photo(0).path, portrait_);
    QCOMPARE(session_->current(), 0);
    QCOMPARE(undo()->text(undo()->count() - 1), QStringLiteral("Remove 2 Photo(s)"));

    undo()->undo();
    QCOMPARE(session_->photos()->rowCount(), 3);
    QCOMPARE(photo(0).path, street_);
    QCOMPARE(photo(1).path, portrait_);
    QCOMPARE(photo(2).path, harbour_);
    // The result and hints came back with their photos, and the first of them is shown.
    QCOMPARE(photo(0).state, State::Done);
    QCOMPARE(photo(0).result.image.cacheKey(), result.image.cacheKey());
    QCOMPARE(photo(0).candidate, result.shown);
    QCOMPARE(photo(2).hints.size(), 1);
    QCOMPARE(session_->current(), 0);
    QCOMPARE(session_->colorizedRows(), QList<int>{0});

    undo()->redo();
    QCOMPARE(session_->photos()->rowCount(), 1);
    QCOMPARE(photo(0).path, portrait_);
}

QTEST_MAIN(TestSessionCommands)
#include "tst_sessioncommands.moc"
