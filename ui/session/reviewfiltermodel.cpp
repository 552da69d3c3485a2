#include "reviewfiltermodel.h"

ReviewFilterModel::ReviewFilterModel(PhotoListModel* photos, QObject* parent)
    : QSortFilterProxyModel(parent), photos_(photos)
{
    setSourceModel(photos);
    setFilterRole(PhotoListModel::ReviewRole);
    // A triage changes one photo's state: only then is it filtered again.
    setDynamicSortFilter(true);
}

void ReviewFilterModel::setShown(std::optional<PhotoListModel::Review> review)
{
    if (review == shown_)
        return;
    shown_ = review;
    invalidateFilter();
}

int ReviewFilterModel::sourceRow(int row) const
{
    return mapToSource(index(row, 0)).row();
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return !shown_ || photos_->photo(sourceRow).review == *shown_;
}
