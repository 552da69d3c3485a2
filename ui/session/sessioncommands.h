#pragma once
// The session's undoable changes as QUndoCommands on Session::undoStack(). Each command names
// its photo by path (rows move when others are removed), stores what it needs to go back, and
// changes the session only through SessionCommand's appliers, which are the same code the first
// change ran through. The first redo() is the change itself (QUndoStack::push runs it); later
// undo()/redo() also make the photo current, so that the archivist sees what was undone.
//
// Adding one: a subclass here with redo()/undo() calling an applier, that
// applier in SessionCommand forwarding to a private Session method, and the Session entry point
// pushing the command instead of changing the state itself. GUI thread only.

#include "hintedit.h"
#include "session.h"

#include <QUndoCommand>

#include <utility>

class SessionCommand : public QUndoCommand {
public:
    SessionCommand(Session* session, const QString& text);

protected:
    // For undo()/redo() after the first: shows the photo the command changes.
    void showPhoto(const QString& path);
    bool firstRedo() { return !std::exchange(redone_, true); }

    void applyHints(const QString& path, const QVector<colorized::jobs::HintSpec>& hints, int selected);
    void applyCandidate(const QString& path, int candidate, bool exportUpToDate);
    void applyBranch(const QString& path, int branch, bool exportUpToDate);
    using Removed = Session::Removed;
    Removed takeRows(const QList<int>& rows);
    void putBack(const Removed& removed);

    Session* session_;

private:
    bool redone_ = false;
};

class HintEditCommand : public SessionCommand {
public:
    HintEditCommand(Session* session, const QString& path, const HintEdit& edit,
                    const QVector<colorized::jobs::HintSpec>& before, const HintEditOutcome& after);
    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    // Dragging a hint is one command however many moves it takes.
    bool mergeWith(const QUndoCommand* other) override;

private:
    static constexpr int kId = 1;
    static QString textFor(HintEdit::Kind kind);

    QString path_;
    HintEdit edit_;
    QVector<colorized::jobs::HintSpec> before_;
    HintEditOutcome after_;
};

// One choice of a photo, a whole number (its candidate, its branch): redo applies the choice
// made, undo the one before.
class PhotoChoiceCommand : public SessionCommand {
public:
    // exportUpToDateBefore: whether the export matched what was shown before the choice.
    PhotoChoiceCommand(Session* session, const QString& text, const QString& path, int before, int after,
                       bool exportUpToDateBefore);
    void redo() override;
    void undo() override;

protected:
    // Shows `choice`; exportUpToDate: what the photo's export record says afterwards.
    virtual void apply(const QString& path, int choice, bool exportUpToDate) = 0;

private:
    QString path_;
    int before_;
    int after_;
    bool exportUpToDateBefore_;
};

class PickCandidateCommand : public PhotoChoiceCommand {
public:
    // `afterName`: what the archivist calls the result picked (resultName).
    PickCandidateCommand(Session* session, const QString& path, int before, int after, const QString& afterName,
                         bool exportUpToDateBefore);

private:
    void apply(const QString& path, int candidate, bool exportUpToDate) override;
};

// Showing another branch of a photo (the timeline's branch box).
class SwitchBranchCommand : public PhotoChoiceCommand {
public:
    SwitchBranchCommand(Session* session, const QString& path, int before, int after, bool exportUpToDateBefore);

private:
    void apply(const QString& path, int branch, bool exportUpToDate) override;
};

class RemovePhotosCommand : public SessionCommand {
public:
    RemovePhotosCommand(Session* session, const QList<int>& rows, int count);
    void redo() override;
    void undo() override;

private:
    QList<int> rows_;
    Removed removed_;   // filled by redo(), with the photos' results, hints and timelines
};
