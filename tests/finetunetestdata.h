#pragma once
// Shared by the fine-tuning tests: their base model (the shared tiny one), a folder of tiny
// generated photographs and the settings of a short run. Header-only on purpose (each test is one executable; nothing is
// compiled twice per test).

#include "tinymodel.h"

#include "colorized/jobs/trainjob.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>

#include <string>

namespace finetunetest {

// The model the fine-tuning tests start from: the shared tiny model, at the tests' 16 pixels.
inline colorized::testsupport::TinyModel tinyBaseModel(const std::string& name = "tiny base")
{
    colorized::testsupport::TinyModel model;
    model.name = name;
    model.timesteps = 100;
    model.resolution = 16;
    model.weightSeed = 3;
    return model;
}

// A colorful synthetic photograph: a sky-to-ground gradient with a few colored shapes, so its
// colors are not explained by its lightness (dataset.h rejects gray and toned prints).
inline QImage syntheticPhoto(int index, QSize size = {48, 40})
{
    QRandomGenerator random(quint32(1000 + index));
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, QColor::fromHsv(200 + random.bounded(30), 150, 240));
    sky.setColorAt(1, QColor::fromHsv(90 + random.bounded(40), 170, 120));
    painter.fillRect(image.rect(), sky);
    painter.setPen(Qt::NoPen);
    for (int shape = 0; shape < 4; ++shape) {
        painter.setBrush(QColor::fromHsv(random.bounded(360), 200 + random.bounded(55), 90 + random.bounded(160)));
        painter.drawEllipse(QPoint(random.bounded(size.width()), random.bounded(size.height())),
                            4 + random.bounded(size.width() / 4), 4 + random.bounded(size.height() / 4));
    }
    painter.end();
    return image;
}

// count color photos (color-only layout) in folder; returns the folder.
inline QString writeColorFolder(const QString& folder, int count, QSize size = {48, 40})
{
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i)
        syntheticPhoto(i, size).save(QDir(folder).filePath(QStringLiteral("photo%1.png").arg(i, 2, 10, QLatin1Char('0'))));
    return folder;
}

// What every fine-tuning run of the tests starts from, written into `folder`: the tiny base model
// and eight generated color photos (color-only layout).
struct FineTuneInputs {
    QString basePath;
    QString dataFolder;
};

inline FineTuneInputs writeFineTuneInputs(const QString& folder)
{
    const FineTuneInputs inputs{QDir(folder).filePath(QStringLiteral("base.safetensors")),
                                QDir(folder).filePath(QStringLiteral("photos"))};
    colorized::testsupport::writeTinyModel(inputs.basePath, tinyBaseModel());
    writeColorFolder(inputs.dataFolder, 8);
    return inputs;
}

// A fine-tuning run of `steps` on those inputs that takes seconds: batch 2 at 16 pixels, one
// thread, a quarter held out, checkpoints and validations every 2 steps, 2 previews every 5.
inline colorized::jobs::TrainSettings tinyTrainSettings(const FineTuneInputs& inputs, const QString& workFolder,
                                                        int steps)
{
    colorized::jobs::TrainSettings settings;
    settings.baseModelPath = inputs.basePath;
    settings.dataFolder = inputs.dataFolder;
    settings.workFolder = workFolder;
    settings.steps = steps;
    settings.batchSize = 2;
    settings.resolution = 16;
    settings.heldOutFraction = 0.25;
    settings.threads = 1;
    settings.checkpointEvery = 2;
    settings.validateEvery = 2;
    settings.previewEvery = 5;
    settings.previewImages = 2;
    settings.previewSamplerSteps = 2;
    return settings;
}

// Generous for a loaded 2-core CI machine; the runs take seconds.
constexpr int kWaitMs = 120000;

inline std::string local(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

}  // namespace finetunetest
