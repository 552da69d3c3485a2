#include "reviewgrid.h"

#include "reviewfiltermodel.h"
#include "reviewtiledelegate.h"
#include "session.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using Review = PhotoListModel::Review;

namespace {

// The triage keys, on their own (no modifier): A accept, R redo, X reject, U or 0 to review.
std::optional<Review> reviewForKey(const QKeyEvent* key)
{
    if (key->modifiers() & ~(Qt::KeypadModifier))
        return std::nullopt;
    switch (key->key()) {
    case Qt::Key_A:
        return Review::Accepted;
    case Qt::Key_R:
        return Review::Redo;
    case Qt::Key_X:
        return Review::Rejected;
    case Qt::Key_U:
    case Qt::Key_0:
        return Review::ToReview;
    default:
        return std::nullopt;
    }
}

bool isOpenKey(const QKeyEvent* key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & ~Qt::KeypadModifier);
}

}  // namespace

ReviewGrid::ReviewGrid(Session* session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      filter_(new ReviewFilterModel(session->photos(), this)),
      view_(new QListView(this)),
      filters_(new QButtonGroup(this)),
      exportButton_(new QPushButton(tr("Export Accepted…"), this)),
      hint_(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewGrid"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* bar = new QHBoxLayout;
    for (int i = 0; i < int(filterButtons_.size()); ++i) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        filters_->addButton(button, i);
        filterButtons_[size_t(i)] = button;
        bar->addWidget(button);
    }
    filterButtons_[0]->setChecked(true);
    filterButtons_[0]->setToolTip(tr("Show every photo."));
    for (int state = 0; state < PhotoListModel::kReviewStates; ++state)
        filterButtons_[size_t(state + 1)]->setToolTip(
            tr("Show only the photos marked “%1”.").arg(PhotoListModel::reviewText(Review(state))));
    bar->addStretch(1);
    exportButton_->setToolTip(tr("Export every accepted photo that has a result, with its provenance."));
    bar->addWidget(exportButton_);
    layout->addLayout(bar);

    view_->setObjectName(QStringLiteral("reviewView"));
    view_->setModel(filter_);
    view_->setViewMode(QListView::IconMode);
    view_->setMovement(QListView::Static);
    view_->setResizeMode(QListView::Adjust);
    view_->setUniformItemSizes(true);          // layout without asking every item its size
    view_->setLayoutMode(QListView::Batched);  // thousands of tiles laid out in steps
    view_->setBatchSize(200);
    view_->setSpacing(6);
    view_->setWordWrap(false);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setItemDelegate(new ReviewTileDelegate(view_));
    view_->setAccessibleName(tr("Collection review"));
    view_->installEventFilter(this);
    layout->addWidget(view_, 1);

    hint_->setText(tr("A accept · R redo · X reject · U back to review · arrows move · Enter opens the photo"));
    hint_->setEnabled(false);   // drawn as secondary text
    layout->addWidget(hint_);

    connect(filters_, &QButtonGroup::idClicked, this, [this](int id) {
        showOnly(id == 0 ? std::nullopt : std::optional(Review(id - 1)));
    });
    connect(exportButton_, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        const PhotoListModel* photos = session_->photos();
        for (int row = 0; row < photos->rowCount(); ++row)
            if (photos->photo(row).review == Review::Accepted)
                rows << row;
        Q_EMIT exportRequested(rows);
    });
    connect(view_, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openRequested(filter_->mapToSource(index).row());
    });

    countsTimer_.setSingleShot(true);
    countsTimer_.setInterval(0);
    connect(&countsTimer_, &QTimer::timeout, this, &ReviewGrid::updateCounts);
    const auto countLater = [this] { countsTimer_.start(); };
    PhotoListModel* photos = session_->photos();
    connect(photos, &QAbstractItemModel::dataChanged, this, countLater);
    connect(photos, &QAbstractItemModel::rowsInserted, this, countLater);
    connect(photos, &QAbstractItemModel::rowsRemoved, this, countLater);
    connect(photos, &QAbstractItemModel::modelReset, this, countLater);

    visibleTimer_.setSingleShot(true);
    visibleTimer_.setInterval(50);
    connect(&visibleTimer_, &QTimer::timeout, this, &ReviewGrid::readVisibleFirst);
    const auto visibleLater = [this] { visibleTimer_.start(); };
    connect(view_->verticalScrollBar(), &QScrollBar::valueChanged, this, visibleLater);
    connect(filter_, &QAbstractItemModel::rowsInserted, this, visibleLater);
    connect(filter_, &QAbstractItemModel::layoutChanged, this, visibleLater);
    updateCounts();
}

void ReviewGrid::showOnly(std::optional<Review> review)
{
    filter_->setShown(review);
    filterButtons_[review ? size_t(*review) + 1 : 0]->setChecked(true);
    if (!view_->currentIndex().isValid() && filter_->rowCount() > 0)
        view_->setCurrentIndex(filter_->index(0, 0));
    visibleTimer_.start();
}

QStringList ReviewGrid::filterTexts() const
{
    QStringList texts;
    for (const QAbstractButton* button : filterButtons_)
        texts << button->text();
    return texts;
}

void ReviewGrid::updateCounts()
{
    const PhotoListModel* photos = session_->photos();
    const std::array<int, PhotoListModel::kReviewStates> counts = photos->reviewCounts();
    const QLocale locale;
    filterButtons_[0]->setText(tr("All (%1)").arg(locale.toString(photos->rowCount())));
    for (int state = 0; state < PhotoListModel::kReviewStates; ++state)
        filterButtons_[size_t(state + 1)]->setText(
            tr("%1 (%2)").arg(PhotoListModel::reviewText(Review(state)), locale.toString(counts[size_t(state)])));
    exportButton_->setEnabled(counts[size_t(Review::Accepted)] > 0);
}

void ReviewGrid::setCurrentPhoto(int row)
{
    const QModelIndex index = filter_->mapFromSource(session_->photos()->index(row));
    if (!index.isValid())
        return;
    view_->setCurrentIndex(index);
    view_->scrollTo(index);
}

QList<int> ReviewGrid::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : view_->selectionModel()->selectedIndexes())
        rows << filter_->mapToSource(index).row();
    if (rows.isEmpty() && view_->currentIndex().isValid())
        rows << filter_->mapToSource(view_->currentIndex()).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ReviewGrid::triage(Review review)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int at = view_->currentIndex().row();
    session_->setReview(rows, review);
    // On to the next photo: it moved into this place when the filter hid the one triaged.
    const bool stillShown = filter_->mapFromSource(session_->photos()->index(rows.last())).isValid();
    const int next = std::min(stillShown ? at + 1 : at, filter_->rowCount() - 1);
    if (next >= 0) {
        view_->setCurrentIndex(filter_->index(next, 0));   // also selects it alone
        view_->scrollTo(view_->currentIndex());
    }
}

void ReviewGrid::readVisibleFirst()
{
    const QRect area = view_->viewport()->rect();
    const QModelIndex first = view_->indexAt(area.topLeft() + QPoint(8, 8));
    if (!first.isValid())
        return;
    QModelIndex last = view_->indexAt(area.bottomRight() - QPoint(8, 8));
    const int end = last.isValid() ? last.row() : std::min(filter_->rowCount() - 1, first.row() + 200);
    QList<int> rows;
    for (int row = first.row(); row <= end; ++row)
        rows << filter_->sourceRow(row);
    session_->prioritizePreviews(rows);
}

bool ReviewGrid::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view_ && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const std::optional<Review> review = reviewForKey(key);
        if (!review && !isOpenKey(key))
            return QWidget::eventFilter(watched, event);
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();   // the window's single-key shortcuts (U: uncertainty) wait
            return true;
        }
        if (review)
            triage(*review);
        else if (view_->currentIndex().isValid())
            Q_EMIT openRequested(filter_->mapToSource(view_->currentIndex()).row());
        return true;
    }
    if (watched == view_ && event->type() == QEvent::Resize)
        visibleTimer_.start();
    return QWidget::eventFilter(watched, event);
}
