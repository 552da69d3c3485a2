#pragma once
// Shared by the fine-tuning tests: a tiny model and a folder of tiny generated photographs.
// Header-only on purpose (each test is one executable; nothing is compiled twice per test).

#include "colorized/core/modelfile.h"
#include "colorized/core/unet.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>

namespace finetunetest {

// A U-Net small enough to train a few steps in well under a second.
inline colorized::ModelInfo tinyModelInfo(const std::string& name = "tiny base")
{
    colorized::ModelInfo info;
    info.name = name;
    info.description = "A tiny model made by a test.";
    colorized::UNetConfig unet;
    unet.baseWidth = 8;
    unet.levelMultipliers = {1, 2};
    unet.blocksPerLevel = 1;
    unet.bottleneckBlocks = 1;
    info.network = colorized::unetSpec(unet);
    info.schedule.timesteps = 100;
    info.resolution = 16;
    info.provenance = {{"data", "none"}, {"date", "2026-11-26"}};
    return info;
}

inline void writeTinyModel(const QString& path, const std::string& name = "tiny base")
{
    torch::manual_seed(3);
    const auto info = tinyModelInfo(name);
    const colorized::ColorNetwork net = colorized::createNetwork(info.network);
    colorized::saveModel(QFile::encodeName(path).toStdString(), *net, info);
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

}  // namespace finetunetest
