#pragma once
// Draws one tile of the collection review: the photo's thumbnail (its chosen result once
// colorized, else the scan), its file name, and its review state as a badge that says it in
// words and color (so a color-blind archivist reads it too), plus a mark on scans that already
// hold color. Every tile has the same size, so the view lays out thousands of them without
// asking each. GUI thread only.

#include <QStyledItemDelegate>

class ReviewTileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
