#include "batchexporter.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using colorized::jobs::ExportOutcome;

BatchExporter::BatchExporter(QThreadPool* pool, QObject* parent)
    : QObject(parent), pool_(pool), cancelled_(std::make_shared<std::atomic<bool>>(false))
{
}

void BatchExporter::cancel()
{
    cancelled_->store(true);
    cancelled_ = std::make_shared<std::atomic<bool>>(false);   // for the batches started later
}

int BatchExporter::start(const QVector<Item>& items, const colorized::jobs::ExportOptions& options)
{
    struct Batch {
        int total = 0;
        int done = 0;
        int cancelled = 0;
        QStringList written, errors;
    };
    auto batch = std::make_shared<Batch>();
    batch->total = items.size();
    for (const Item& item : items) {
        // Nothing: skipped because the batch was cancelled before this export began.
        using Outcome = std::optional<ExportOutcome>;
        auto* watcher = new QFutureWatcher<Outcome>(this);
        connect(watcher, &QFutureWatcher<Outcome>::finished, this,
                [this, watcher, batch, folder = options.folder, source = item.result.sourcePath, candidate = item.candidate] {
            watcher->deleteLater();
            const Outcome outcome = watcher->result();
            if (!outcome)
                ++batch->cancelled;
            else if (!outcome->imagePath.isEmpty())
                batch->written << outcome->imagePath;
            if (outcome && outcome->ok())
                Q_EMIT itemExported(source, candidate, outcome->imagePath);
            else if (outcome)
                batch->errors << outcome->error;
            if (++batch->done < batch->total)
                Q_EMIT progressed(batch->done, batch->total);
            else
                Q_EMIT finished(folder, batch->written, batch->errors, batch->cancelled);
        });
        colorized::jobs::ExportOptions one = options;
        one.candidate = item.candidate;
        watcher->setFuture(QtConcurrent::run(pool_, [result = item.result, one, cancelled = cancelled_]() -> Outcome {
            if (cancelled->load())
                return std::nullopt;
            return colorized::jobs::exportResult(result, one);
        }));
    }
    return items.size();
}
