#include "previewgrid.h"

#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QPixmap>

namespace colorized::finetune {

PreviewGrid::PreviewGrid(int thumbnailHeight, QWidget* parent)
    : QWidget(parent)
    , layout_(new QGridLayout(this))
    , thumbnailHeight_(thumbnailHeight)
{
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setHorizontalSpacing(6);
    layout_->setVerticalSpacing(4);
}

void PreviewGrid::setRow(int row, const QString& title, const QVector<QImage>& images)
{
    if (counts_.size() <= row)
        counts_.resize(row + 1);
    // Clear the row's old cells.
    for (int column = 0; column < layout_->columnCount(); ++column) {
        if (QLayoutItem* item = layout_->itemAtPosition(row, column)) {
            QWidget* widget = item->widget();
            layout_->removeItem(item);
            delete item;
            delete widget;
        }
    }
    auto* caption = new QLabel(title, this);
    caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    caption->setWordWrap(true);
    caption->setMaximumWidth(110);
    layout_->addWidget(caption, row, 0);
    for (int i = 0; i < images.size(); ++i) {
        auto* label = new QLabel(this);
        label->setPixmap(QPixmap::fromImage(
            images[i].scaledToHeight(thumbnailHeight_, Qt::SmoothTransformation)));
        label->setFrameShape(QFrame::StyledPanel);
        layout_->addWidget(label, row, i + 1);
    }
    layout_->setColumnStretch(int(images.size()) + 1, 1);
    counts_[row] = int(images.size());
}

int PreviewGrid::imageCount(int row) const
{
    return row < counts_.size() ? counts_[row] : 0;
}

}  // namespace colorized::finetune
