#pragma once
// Which files the GUI opens as photographs, and what a dropped or opened folder contains.

#include <QStringList>

// Name patterns of the image formats the GUI offers in its open dialog ("*.jpg", ...).
const QStringList& photoNamePatterns();

// The files in `paths`, with folders replaced by the photographs under them (recursively,
// sorted by name, case-insensitively). Absolute paths; paths that do not exist are skipped.
QStringList findPhotoFiles(const QStringList& paths);
