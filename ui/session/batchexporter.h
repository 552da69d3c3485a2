#pragma once
// Exports a batch of colorized photos (exportResult() with provenance) one after another on a
// pool it is given, and reports its progress and, once the batch is done, what was written,
// what failed and how many were cancelled. Batches may overlap; each reports on its own.
// GUI thread only; the exports run on the pool.

#include "colorized/jobs/colorizetypes.h"
#include "colorized/jobs/exporter.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

class QThreadPool;

class BatchExporter : public QObject {
    Q_OBJECT
public:
    struct Item {
        colorized::jobs::ColorizeResult result;
        int candidate = 0;   // the one to export
    };

    // `pool` must outlive the exporter's running batches (the session owns both).
    explicit BatchExporter(QThreadPool* pool, QObject* parent = nullptr);

    // Starts exporting `items` with `options` (folder, format, quality); returns how many
    // were started (none: no signal follows).
    int start(const QVector<Item>& items, const colorized::jobs::ExportOptions& options);
    // The exports of every batch that have not started are skipped; the one being written
    // is finished (a file is written whole or not at all). Each batch still reports finished().
    void cancel();

Q_SIGNALS:
    void progressed(int done, int total);   // after each export of a batch but its last
    void itemExported(const QString& sourcePath, int candidate, const QString& imagePath);
    void finished(const QString& folder, const QStringList& written, const QStringList& errors, int cancelled);

private:
    QThreadPool* pool_;
    std::shared_ptr<std::atomic<bool>> cancelled_;   // of the batches started since the last cancel()
};
