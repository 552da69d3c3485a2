#include "batchexporter.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using colorized::jobs::ExportOutcome;

BatchExporter::BatchExporter(QThreadPool* pool, QObject* parent) : QObject(parent), pool_(pool) {}

int BatchExporter::start(const QVector<Item>& items, const colorized::jobs::ExportOptions& options)
{
    struct Batch {
        int remaining = 0;
        QStringList written, errors;
    };
    auto batch = std::make_shared<Batch>();
    batch->remaining = items.size();
    for (const Item& item : items) {
        auto* watcher = new QFutureWatcher<ExportOutcome>(this);
        connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this,
                [this, watcher, batch, folder = options.folder, source = item.result.sourcePath, candidate = item.candidate] {
            watcher->deleteLater();
            const ExportOutcome outcome = watcher->result();
            if (outcome.ok())
                Q_EMIT itemExported(source, candidate, outcome.imagePath);
            if (!outcome.imagePath.isEmpty())
                batch->written << outcome.imagePath;
            if (!outcome.ok())
                batch->errors << outcome.error;
            if (--batch->remaining > 0)
                Q_EMIT progressed(batch->remaining);
            else
                Q_EMIT finished(folder, batch->written, batch->errors);
        });
        colorized::jobs::ExportOptions one = options;
        one.candidate = item.candidate;
        watcher->setFuture(QtConcurrent::run(pool_, [result = item.result, one] {
            return colorized::jobs::exportResult(result, one);
        }));
    }
    return items.size();
}
