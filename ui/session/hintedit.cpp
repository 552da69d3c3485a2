#include "hintedit.h"

#include "colorized/imaging/colorhint.h"

#include <algorithm>

using colorized::jobs::HintSpec;

HintEdit HintEdit::add(QPointF position, const QColor& color)
{
    return {Kind::Add, -1, position, color, {}};
}

HintEdit HintEdit::move(int index, QPointF position)
{
    return {Kind::Move, index, position, {}, {}};
}

HintEdit HintEdit::recolor(int index, const QColor& color)
{
    return {Kind::Recolor, index, {}, color, {}};
}

HintEdit HintEdit::annotate(int index, const QString& note)
{
    return {Kind::Annotate, index, {}, {}, note};
}

HintEdit HintEdit::remove(int index)
{
    return {Kind::Remove, index, {}, {}, {}};
}

HintEdit HintEdit::clear()
{
    return {Kind::Clear, -1, {}, {}, {}};
}

std::optional<HintEditOutcome> applyHintEdit(const QVector<HintSpec>& hints, const HintEdit& edit)
{
    const bool indexValid = edit.index >= 0 && edit.index < hints.size();
    HintEditOutcome outcome{hints, edit.index};
    switch (edit.kind) {
    case HintEdit::Kind::Add:
        if (!edit.color.isValid())
            return std::nullopt;
        outcome.hints.push_back(HintSpec{edit.position, edit.color, {}});
        outcome.selected = outcome.hints.size() - 1;
        return outcome;
    case HintEdit::Kind::Move:
        if (!indexValid)
            return std::nullopt;
        outcome.hints[edit.index].position = edit.position;
        return outcome;
    case HintEdit::Kind::Recolor:
        if (!indexValid || !edit.color.isValid())
            return std::nullopt;
        outcome.hints[edit.index].color = edit.color;
        return outcome;
    case HintEdit::Kind::Annotate:
        if (!indexValid || size_t(edit.note.toUtf8().size()) > colorized::imaging::kHintNoteMaxBytes)
            return std::nullopt;
        outcome.hints[edit.index].note = edit.note;
        return outcome;
    case HintEdit::Kind::Remove:
        if (!indexValid)
            return std::nullopt;
        outcome.hints.remove(edit.index);
        outcome.selected = std::min(edit.index, int(outcome.hints.size()) - 1);
        return outcome;
    case HintEdit::Kind::Clear:
        outcome.hints.clear();
        outcome.selected = -1;
        return outcome;
    }
    return std::nullopt;
}
