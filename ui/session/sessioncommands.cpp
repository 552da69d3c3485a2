#include "sessioncommands.h"

#include "session.h"

#include <QCoreApplication>

#include <utility>

using colorized::jobs::HintSpec;

SessionCommand::SessionCommand(Session* session, const QString& text) : session_(session)
{
    setText(text);
}

void SessionCommand::showPhoto(const QString& path)
{
    session_->setCurrent(session_->photos()->rowOfPath(path));
}

void SessionCommand::applyHints(const QString& path, const QVector<HintSpec>& hints, int selected)
{
    session_->applyHints(path, hints, selected);
}

void SessionCommand::applyCandidate(const QString& path, int candidate, bool exportUpToDate)
{
    session_->applyCandidate(path, candidate, exportUpToDate);
}

void SessionCommand::applyBranch(const QString& path, int branch, bool exportUpToDate)
{
    session_->applyBranch(path, branch, exportUpToDate);
}

SessionCommand::Removed SessionCommand::takeRows(const QList<int>& rows)
{
    return session_->takeRows(rows);
}

void SessionCommand::putBack(const Removed& removed)
{
    session_->putBack(removed);
}

// ---- Hints -----------------------------------------------------------------------------------

HintEditCommand::HintEditCommand(Session* session, const QString& path, const HintEdit& edit,
                                 const QVector<HintSpec>& before, const HintEditOutcome& after)
    : SessionCommand(session, textFor(edit.kind)), path_(path), edit_(edit), before_(before), after_(after)
{
}

QString HintEditCommand::textFor(HintEdit::Kind kind)
{
    switch (kind) {
    case HintEdit::Kind::Add:
        return QCoreApplication::translate("SessionCommand", "Add Hint");
    case HintEdit::Kind::Move:
        return QCoreApplication::translate("SessionCommand", "Move Hint");
    case HintEdit::Kind::Recolor:
        return QCoreApplication::translate("SessionCommand", "Change Hint Color");
    case HintEdit::Kind::Remove:
        return QCoreApplication::translate("SessionCommand", "Remove Hint");
    case HintEdit::Kind::Clear:
        return QCoreApplication::translate("SessionCommand", "Clear Hints");
    case HintEdit::Kind::Annotate:
        return QCoreApplication::translate("SessionCommand", "Edit Hint Evidence");
    }
    return {};
}

void HintEditCommand::redo()
{
    if (!firstRedo())
        showPhoto(path_);
    applyHints(path_, after_.hints, after_.selected);
}

void HintEditCommand::undo()
{
    showPhoto(path_);
    // The hint the edit touched is selected again; after undoing an addition there is none.
    const bool touchedOne = edit_.kind == HintEdit::Kind::Move || edit_.kind == HintEdit::Kind::Recolor
                            || edit_.kind == HintEdit::Kind::Remove;
    applyHints(path_, before_, touchedOne ? edit_.index : -1);
}

bool HintEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const HintEditCommand*>(other);
    if (next->path_ != path_ || edit_.kind != HintEdit::Kind::Move || next->edit_.kind != HintEdit::Kind::Move
        || next->edit_.index != edit_.index)
        return false;
    after_ = next->after_;
    return true;
}

// ---- A photo's choices: candidate, branch -----------------------------------------------------

PhotoChoiceCommand::PhotoChoiceCommand(Session* session, const QString& text, const QString& path, int before, int after,
                                       bool exportUpToDateBefore)
    : SessionCommand(session, text), path_(path), before_(before), after_(after),
      exportUpToDateBefore_(exportUpToDateBefore)
{
}

void PhotoChoiceCommand::redo()
{
    if (!firstRedo())
        showPhoto(path_);
    apply(path_, after_, false);   // another result than the one exported
}

void PhotoChoiceCommand::undo()
{
    showPhoto(path_);
    apply(path_, before_, exportUpToDateBefore_);   // the export stands as it stood
}

PickCandidateCommand::PickCandidateCommand(Session* session, const QString& path, int before, int after,
                                           const QString& afterName, bool exportUpToDateBefore)
    : PhotoChoiceCommand(session, QCoreApplication::translate("SessionCommand", "Choose %1").arg(afterName),
                         path, before, after, exportUpToDateBefore)
{
}

void PickCandidateCommand::apply(const QString& path, int candidate, bool exportUpToDate)
{
    applyCandidate(path, candidate, exportUpToDate);
}

SwitchBranchCommand::SwitchBranchCommand(Session* session, const QString& path, int before, int after,
                                         bool exportUpToDateBefore)
    : PhotoChoiceCommand(session, QCoreApplication::translate("SessionCommand", "Switch to Branch %1").arg(after + 1),
                         path, before, after, exportUpToDateBefore)
{
}

void SwitchBranchCommand::apply(const QString& path, int branch, bool exportUpToDate)
{
    applyBranch(path, branch, exportUpToDate);
}

// ---- Removing photos -------------------------------------------------------------------------

RemovePhotosCommand::RemovePhotosCommand(Session* session, const QList<int>& rows, int count)
    : SessionCommand(session, QCoreApplication::translate("SessionCommand", "Remove %n Photo(s)", nullptr, count)),
      rows_(rows)
{
}

void RemovePhotosCommand::redo()
{
    // Rows again after the first time: the same photos are at the same rows once the commands
    // above this one were undone.
    removed_ = takeRows(rows_);
}

void RemovePhotosCommand::undo()
{
    putBack(removed_);
    if (!removed_.photos.isEmpty())
        showPhoto(removed_.photos.first().path);
}
