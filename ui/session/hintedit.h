#pragma once
// One change to a photo's color hints, as a value. Every hint change of the session goes
// through applyHintEdit(), so an edit can be stored, replayed or inverted as a whole (undo
// commands, a project file's history) without knowing which widget asked for it.

#include "colorized/jobs/colorizetypes.h"

#include <QColor>
#include <QPointF>
#include <QVector>

#include <optional>

struct HintEdit {
    enum class Kind { Add, Move, Recolor, Annotate, Remove, Clear };

    Kind kind = Kind::Clear;
    int index = -1;      // the hint moved, recolored, annotated or removed; unused by Add and Clear
    QPointF position;    // Add, Move: fractions of the photo's width and height, 0..1
    QColor color;        // Add, Recolor
    QString note;        // Annotate: the evidence, at most kHintNoteMaxBytes in UTF-8

    static HintEdit add(QPointF position, const QColor& color);
    static HintEdit move(int index, QPointF position);
    static HintEdit recolor(int index, const QColor& color);
    static HintEdit annotate(int index, const QString& note);
    static HintEdit remove(int index);
    static HintEdit clear();
};

struct HintEditOutcome {
    QVector<colorized::jobs::HintSpec> hints;
    int selected = -1;   // the hint to select afterwards, -1: none
};

// The hints after `edit`, and the hint an editor selects then (the one added, moved or
// recolored or annotated; after a removal the one now at its place). Nothing when the edit
// names a hint that does not exist, carries an invalid color or a note too long for a hints
// file (colorhint.h, kHintNoteMaxBytes).
std::optional<HintEditOutcome> applyHintEdit(const QVector<colorized::jobs::HintSpec>& hints,
                                             const HintEdit& edit);
