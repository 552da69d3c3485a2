#pragma once
// Rows of small held-out photographs with a title each ("True colors", "Base model", "Now"),
// for the training and result pages. GUI thread only.

#include <QImage>
#include <QVector>
#include <QWidget>

class QGridLayout;

namespace colorized::finetune {

class PreviewGrid : public QWidget {
    Q_OBJECT
public:
    explicit PreviewGrid(int thumbnailHeight = 96, QWidget* parent = nullptr);

    // Replaces row `row` (0-based, rows may be set in any order).
    void setRow(int row, const QString& title, const QVector<QImage>& images);
    int imageCount(int row) const;

private:
    QGridLayout* layout_ = nullptr;
    int thumbnailHeight_;
    QVector<int> counts_;
};

}  // namespace colorized::finetune
