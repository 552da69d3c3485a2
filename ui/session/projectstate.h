#pragma once
// One photo of the session as a project file records it, and back: the one place where
// PhotoListModel::Photo meets colorized::project::Photo. A field a project saves is added here
// and in project.h / projectfile.cpp. GUI thread only (the model's).

#include "photolistmodel.h"

#include "colorized/project/project.h"

colorized::project::Photo projectPhotoOf(const PhotoListModel::Photo& photo);

// Gives the photo at `row` (just listed, still loading) the project's hints, its saved branches
// (to be made again) and export record.
void restorePhoto(PhotoListModel& photos, int row, const colorized::project::Photo& saved);
