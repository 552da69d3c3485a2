#include "reviewtiledelegate.h"

#include "photolistmodel.h"
#include "reviewgrid.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>

using Review = PhotoListModel::Review;

namespace {

constexpr int kPadding = 4;

QColor badgeColor(Review review)
{
    switch (review) {
    case Review::ToReview:
        return QColor(90, 90, 90);
    case Review::Accepted:
        return QColor(27, 122, 55);
    case Review::Redo:
        return QColor(176, 98, 0);
    case Review::Rejected:
        return QColor(176, 0, 32);
    }
    return {};
}

QString badgeText(Review review)
{
    const QString name = PhotoListModel::reviewText(review);
    switch (review) {
    case Review::ToReview:
        return name;
    case Review::Accepted:
        return QStringLiteral("✓ ") + name;
    case Review::Redo:
        return QStringLiteral("↻ ") + name;
    case Review::Rejected:
        return QStringLiteral("✕ ") + name;
    }
    return name;
}

void drawBadge(QPainter* painter, const QString& text, const QColor& fill, QPoint corner, bool right)
{
    const QFontMetrics metrics(painter->font());
    QRect box(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 2);
    if (right)
        box.moveTopRight(corner);
    else
        box.moveBottomLeft(corner);
    QPainterPath path;
    path.addRoundedRect(box, 4, 4);
    painter->fillPath(path, fill);
    painter->setPen(Qt::white);
    painter->drawText(box, Qt::AlignCenter, text);
}

}  // namespace

QSize ReviewTileDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return QSize(ReviewGrid::kTileImage + 2 * kPadding,
                 ReviewGrid::kTileImage + 3 * kPadding + metrics.height());
}

void ReviewTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    const QRect tile = option.rect;
    const QPalette& palette = option.palette;
    if (option.state & QStyle::State_Selected)
        painter->fillRect(tile, palette.highlight());
    else
        painter->fillRect(tile, palette.alternateBase());

    const QRect imageArea(tile.left() + kPadding, tile.top() + kPadding, ReviewGrid::kTileImage, ReviewGrid::kTileImage);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        // The thumbnail at its own size (never scaled up), centred.
        const QSize available = icon.actualSize(imageArea.size());
        const QRect target(imageArea.center() - QPoint(available.width() / 2, available.height() / 2), available);
        icon.paint(painter, target);
    }

    const QFontMetrics metrics(option.font);
    const QRect nameArea(tile.left() + kPadding, imageArea.bottom() + kPadding, tile.width() - 2 * kPadding, metrics.height());
    painter->setPen(option.state & QStyle::State_Selected ? palette.highlightedText().color() : palette.text().color());
    painter->drawText(nameArea, Qt::AlignCenter,
                      metrics.elidedText(QFileInfo(index.data(PhotoListModel::PathRole).toString()).fileName(),
                                         Qt::ElideMiddle, nameArea.width()));

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    painter->setFont(small);
    // The verdict top right, what the scan holds under it, the colorizing state bottom left:
    // never side by side, so they fit a tile.
    const int line = QFontMetrics(small).height() + 4;
    const auto review = index.data(PhotoListModel::ReviewRole).value<Review>();
    drawBadge(painter, badgeText(review), badgeColor(review), imageArea.topRight() + QPoint(-2, 2), true);
    if (index.data(PhotoListModel::ScanColorRole).toInt() == int(colorized::jobs::ScanColor::Color))
        drawBadge(painter, tr("Holds color"), QColor(40, 70, 160), imageArea.topRight() + QPoint(-2, 2 + line), true);
    const auto state = index.data(PhotoListModel::StateRole).value<PhotoListModel::State>();
    if (state != PhotoListModel::State::Done)
        drawBadge(painter, PhotoListModel::stateText(state), QColor(0, 0, 0, 160), imageArea.bottomLeft() + QPoint(2, -2), false);

    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.highlight().color().darker(130), 2));
        painter->drawRect(tile.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}
