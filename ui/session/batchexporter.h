#pragma once
// Exports a batch of colorized photos (exportResult() with provenance) one after another on a
// pool it is given, and reports how many are left and, once the batch is done, what was written
// and what failed. Batches may overlap; each reports on its own. GUI thread only; the exports
// run on the pool.

#include "colorized/jobs/colorizetypes.h"
#include "colorized/jobs/exporter.h"

#include <QObject>
#include <QStringList>
#include <QVector>

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

Q_SIGNALS:
    void progressed(int remaining);   // after each export of a batch but its last
    void itemExported(const QString& sourcePath, int candidate, const QString& imagePath);
    void finished(const QString& folder, const QStringList& written, const QStringList& errors);

private:
    QThreadPool* pool_;
};
