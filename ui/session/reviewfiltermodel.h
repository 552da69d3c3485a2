#pragma once
// The photos of one review state, or all of them, for the collection review's grid. A proxy
// over PhotoListModel, so the grid, its selection and the photo list stay one model.
// GUI thread only.

#include "photolistmodel.h"

#include <QSortFilterProxyModel>

#include <optional>

class ReviewFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReviewFilterModel(PhotoListModel* photos, QObject* parent = nullptr);

    // Nothing: every photo.
    void setShown(std::optional<PhotoListModel::Review> review);
    std::optional<PhotoListModel::Review> shown() const { return shown_; }

    PhotoListModel* photos() const { return photos_; }
    int sourceRow(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    PhotoListModel* photos_;
    std::optional<PhotoListModel::Review> shown_;
};
