#include "imageviewer.h"

#include "colorized/jobs/provenance.h"
#include "colorized/jobs/uncertaintyscale.h"

#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using colorized::jobs::HintSpec;

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 32.0;
constexpr double kZoomStep = 1.25;
constexpr int kGap = 4;             // pixels between the two views side by side
constexpr double kHintRadius = 7.0;
constexpr int kCellMargin = 10;
constexpr int kCandidateLabel = 22;   // px under each candidate for its caption

}  // namespace

const QVector<ImageViewer::ModeInfo>& ImageViewer::modes()
{
    static const QVector<ModeInfo> table = {
        {Mode::Result, "result", QT_TRANSLATE_NOOP("ImageViewer", "&Colorized")},
        {Mode::Original, "original", QT_TRANSLATE_NOOP("ImageViewer", "&Original")},
        {Mode::Split, "split", QT_TRANSLATE_NOOP("ImageViewer", "&Split View")},
        {Mode::SideBySide, "side", QT_TRANSLATE_NOOP("ImageViewer", "Side &by Side")},
        {Mode::Candidates, "candidates", QT_TRANSLATE_NOOP("ImageViewer", "Ca&ndidates")},
    };
    return table;
}

QString ImageViewer::modeName(Mode mode)
{
    for (const ModeInfo& info : modes())
        if (info.mode == mode)
            return QLatin1String(info.name);
    return {};
}

QString ImageViewer::modeLabel(Mode mode)
{
    for (const ModeInfo& info : modes())
        if (info.mode == mode)
            return tr(info.label);
    return {};
}

std::optional<ImageViewer::Mode> ImageViewer::modeFromName(const QString& name)
{
    for (const ModeInfo& info : modes())
        if (name == QLatin1String(info.name))
            return info.mode;
    return std::nullopt;
}

ImageViewer::ImageViewer(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 180);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setPlaceholder(tr("Drop photographs or folders here, or use File > Open."));
    tilesTimer_.setSingleShot(true);
    tilesTimer_.setInterval(150);
    connect(&tilesTimer_, &QTimer::timeout, this, [this] {
        if (mode_ == Mode::Candidates && !candidates_.isEmpty())
            Q_EMIT candidateTilesWanted(candidateTileSize());
    });
}

void ImageViewer::clear()
{
    original_ = result_ = frame_ = uncertainty_ = QPixmap();
    resultKey_ = uncertaintyKey_ = 0;
    candidateKeys_.clear();
    candidates_.clear();
    candidateTiles_.clear();
    uncertaintyScale_ = 0;
    hints_.clear();
    message_.clear();
    frameCaption_.clear();
    selectedHint_ = -1;
    fit_ = true;
    update();
}

void ImageViewer::setOriginal(const QImage& image)
{
    const bool sameSize = !original_.isNull() && image.size() == original_.size();
    original_ = QPixmap::fromImage(image);
    if (!sameSize) {
        fit_ = true;
        center_ = QPointF(original_.width() / 2.0, original_.height() / 2.0);
        Q_EMIT zoomChanged(zoom());
    }
    update();
}

void ImageViewer::setResult(const QImage& image)
{
    if (image.cacheKey() == resultKey_ && image.isNull() == result_.isNull())
        return;  // refreshed with the same image: no conversion on the GUI thread
    resultKey_ = image.cacheKey();
    result_ = image.isNull() ? QPixmap() : QPixmap::fromImage(image);
    update();
}

void ImageViewer::setCandidates(const QVector<QImage>& candidates, int chosen)
{
    std::vector<qint64> keys;
    for (const QImage& image : candidates)
        keys.push_back(image.cacheKey());
    const bool changed = keys != candidateKeys_;
    if (changed) {
        candidateKeys_ = keys;
        candidates_.clear();
        for (const QImage& image : candidates)
            candidates_.push_back(QPixmap::fromImage(image));
        candidateTiles_.clear();
        askForTilesIfStale();
    }
    if (chosen_ != chosen || changed) {
        chosen_ = chosen;
        update();
    }
}

void ImageViewer::setCandidateTiles(const QVector<QImage>& tiles)
{
    if (tiles.size() != candidates_.size())
        return;   // for candidates no longer shown
    candidateTiles_.clear();
    for (const QImage& tile : tiles)
        candidateTiles_.push_back(QPixmap::fromImage(tile));
    update();
}

QSize ImageViewer::candidateTileSize() const
{
    return candidateRect(0).adjusted(0, 0, 0, -kCandidateLabel).size();
}

void ImageViewer::askForTilesIfStale()
{
    if (mode_ != Mode::Candidates || candidates_.isEmpty() || !isVisible())
        return;
    const QSize cell = candidateTileSize();
    if (!candidateTiles_.isEmpty()) {
        const QSize have = candidateTiles_.first().size();
        // Tiles fill the cell on one side unless the original is smaller than the cell.
        if (have.boundedTo(cell) == have && (have.width() == cell.width() || have.height() == cell.height()
                                             || have == original_.size()))
            return;
    }
    tilesTimer_.start();
}

void ImageViewer::setUncertainty(const QImage& overlay, double scaleTop)
{
    uncertaintyScale_ = scaleTop;
    if (overlay.cacheKey() == uncertaintyKey_ && overlay.isNull() == uncertainty_.isNull())
        return;
    uncertaintyKey_ = overlay.cacheKey();
    uncertainty_ = overlay.isNull() ? QPixmap() : QPixmap::fromImage(overlay);
    update();
}

void ImageViewer::setFrame(const QImage& frame, const QString& caption)
{
    frame_ = frame.isNull() ? QPixmap() : QPixmap::fromImage(frame);
    frameCaption_ = frame.isNull() ? QString() : caption;
    update();
}

void ImageViewer::setHints(const QVector<HintSpec>& hints, int selected)
{
    if (drag_ == Drag::Hint)
        return;  // the drag owns the positions until it ends
    if (hints_ == hints && selectedHint_ == selected)
        return;
    hints_ = hints;
    selectedHint_ = selected;
    update();
}

void ImageViewer::setPlaceholder(const QString& text)
{
    if (placeholder_ == text)
        return;
    placeholder_ = text;
    update();
}

void ImageViewer::setMessage(const QString& text)
{
    if (message_ == text)
        return;
    message_ = text;
    update();
}

void ImageViewer::setMode(Mode mode)
{
    if (mode_ == mode)
        return;
    mode_ = mode;
    clampCenter();
    askForTilesIfStale();
    update();
    Q_EMIT modeChanged(mode_);
    Q_EMIT zoomChanged(zoom());
}

void ImageViewer::setShowUncertainty(bool show)
{
    showUncertainty_ = show;
    update();
}

void ImageViewer::setHintMode(bool on)
{
    hintMode_ = on;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void ImageViewer::setSplitPosition(double position)
{
    split_ = std::clamp(position, 0.0, 1.0);
    update();
}

QRectF ImageViewer::viewport(int which) const
{
    const QRectF all = rect();
    if (mode_ != Mode::SideBySide)
        return all;
    const double half = (all.width() - kGap) / 2.0;
    return which == 0 ? QRectF(0, 0, half, all.height())
                      : QRectF(half + kGap, 0, half, all.height());
}

double ImageViewer::fitScale() const
{
    if (original_.isNull())
        return 1.0;
    const QRectF view = viewport(0);
    return std::min(view.width() / original_.width(), view.height() / original_.height());
}

double ImageViewer::scale() const
{
    return fit_ ? fitScale() : zoom_;
}

double ImageViewer::zoom() const
{
    return scale();
}

QRectF ImageViewer::imageRect(int which) const
{
    const QRectF view = viewport(which);
    const double s = scale();
    const QPointF c = fit_ ? QPointF(original_.width() / 2.0, original_.height() / 2.0) : center_;
    const QPointF topLeft = view.center() - c * s;
    return QRectF(topLeft, QSizeF(original_.width() * s, original_.height() * s));
}

QPointF ImageViewer::toFraction(QPointF widget, int which) const
{
    const QRectF area = imageRect(which);
    if (area.isEmpty())
        return {};
    return QPointF((widget.x() - area.left()) / area.width(), (widget.y() - area.top()) / area.height());
}

QPoint ImageViewer::widgetPosition(QPointF fraction) const
{
    const QRectF area = imageRect(0);
    return QPointF(area.left() + fraction.x() * area.width(), area.top() + fraction.y() * area.height())
        .toPoint();
}

int ImageViewer::viewAt(QPointF widget) const
{
    return mode_ == Mode::SideBySide && viewport(1).contains(widget) ? 1 : 0;
}

void ImageViewer::setZoom(double zoom, QPointF anchor)
{
    if (original_.isNull())
        return;
    const double target = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (anchor.x() < 0)
        anchor = viewport(0).center();
    const int which = viewAt(anchor);
    const QRectF view = viewport(which);
    const QPointF fraction = toFraction(anchor, which);
    const QPointF pixel(fraction.x() * original_.width(), fraction.y() * original_.height());
    center_ = pixel - (anchor - view.center()) / target;
    zoom_ = target;
    fit_ = false;
    clampCenter();
    update();
    Q_EMIT zoomChanged(zoom_);
}

void ImageViewer::fitToWindow()
{
    fit_ = true;
    center_ = QPointF(original_.width() / 2.0, original_.height() / 2.0);
    update();
    Q_EMIT zoomChanged(zoom());
}

void ImageViewer::zoomIn()
{
    setZoom(scale() * kZoomStep);
}

void ImageViewer::zoomOut()
{
    setZoom(scale() / kZoomStep);
}

void ImageViewer::clampCenter()
{
    if (fit_ || original_.isNull())
        return;
    const QRectF view = viewport(0);
    const double s = zoom_;
    const auto clampAxis = [](double c, double extent, double viewExtent) {
        if (extent <= viewExtent)
            return extent / 2.0;
        return std::clamp(c, viewExtent / 2.0, extent - viewExtent / 2.0);
    };
    center_.setX(clampAxis(center_.x(), original_.width(), view.width() / s));
    center_.setY(clampAxis(center_.y(), original_.height(), view.height() / s));
}

QRect ImageViewer::candidateRect(int k) const
{
    const int count = std::max(1, int(candidates_.size()));
    const int columns = int(std::ceil(std::sqrt(double(count))));
    const int rows = (count + columns - 1) / columns;
    const int width = std::max(1, this->width() / columns);
    const int height = std::max(1, this->height() / rows);
    return QRect((k % columns) * width, (k / columns) * height, width, height)
        .adjusted(kCellMargin, kCellMargin, -kCellMargin, -kCellMargin);
}

int ImageViewer::candidateAt(QPointF widget) const
{
    for (int k = 0; k < candidates_.size(); ++k)
        if (candidateRect(k).contains(widget.toPoint()))
            return k;
    return -1;
}

int ImageViewer::hintAt(QPointF widget) const
{
    if (mode_ == Mode::Candidates)
        return -1;
    const int which = viewAt(widget);
    const QRectF area = imageRect(which);
    for (int i = hints_.size() - 1; i >= 0; --i) {
        const QPointF at(area.left() + hints_[i].position.x() * area.width(),
                         area.top() + hints_[i].position.y() * area.height());
        if (QLineF(at, widget).length() <= kHintRadius + 3)
            return i;
    }
    return -1;
}

bool ImageViewer::nearSplit(QPointF widget) const
{
    if (mode_ != Mode::Split)
        return false;
    const QRectF view = viewport(0);
    return std::abs(widget.x() - (view.left() + split_ * view.width())) <= 6;
}

void ImageViewer::drawCaption(QPainter& painter, const QString& text, const QRectF& area,
                              Qt::Alignment align)
{
    if (text.isEmpty())
        return;
    const QFontMetrics metrics(font());
    const QRect bounds = metrics.boundingRect(area.toRect().adjusted(8, 8, -8, -8), int(align) | Qt::TextWordWrap, text);
    const QRect box = bounds.adjusted(-6, -3, 6, 3);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(bounds, int(align) | Qt::TextWordWrap, text);
}

void ImageViewer::drawPhoto(QPainter& painter, int which, bool result, const QRectF& clip)
{
    const QRectF area = imageRect(which);
    painter.save();
    painter.setClipRect(clip);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 2.0);
    const QPixmap* pixmap = &original_;
    if (result) {
        if (!frame_.isNull())
            pixmap = &frame_;
        else if (!result_.isNull())
            pixmap = &result_;
    }
    if (scale() < 0.5 && pixmap->width() > 1024) {
        // Large scans seen small: scale once per zoom level rather than at every repaint.
        ScaledCache& cache = pixmap == &original_ ? originalCache_ : resultCache_;
        const QSize size = area.size().toSize();
        if (cache.key != pixmap->cacheKey() || cache.pixmap.size() != size) {
            cache.key = pixmap->cacheKey();
            cache.pixmap = pixmap->scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        }
        painter.drawPixmap(area.topLeft(), cache.pixmap);
    } else {
        painter.drawPixmap(area, *pixmap, QRectF(pixmap->rect()));
    }
    const bool overlay = result && frame_.isNull() && !result_.isNull() && showUncertainty_ && !uncertainty_.isNull();
    if (overlay) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawPixmap(area, uncertainty_, QRectF(uncertainty_.rect()));
    }
    painter.restore();
    if (overlay && uncertaintyScale_ > 0)
        drawUncertaintyLegend(painter, viewport(which));
}

void ImageViewer::drawHints(QPainter& painter, int which)
{
    const QRectF area = imageRect(which);
    painter.save();
    painter.setClipRect(viewport(which));
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < hints_.size(); ++i) {
        const QPointF at(area.left() + hints_[i].position.x() * area.width(),
                         area.top() + hints_[i].position.y() * area.height());
        const bool selected = i == selectedHint_;
        painter.setPen(QPen(Qt::black, selected ? 4 : 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, kHintRadius + 1, kHintRadius + 1);
        painter.setPen(QPen(selected ? QColor(255, 220, 0) : Qt::white, 2));
        painter.setBrush(hints_[i].color);
        painter.drawEllipse(at, kHintRadius, kHintRadius);
        painter.setPen(Qt::white);
        painter.drawText(at + QPointF(kHintRadius + 3, -kHintRadius), QString::number(i + 1));
    }
    painter.restore();
}

void ImageViewer::drawUncertaintyLegend(QPainter& painter, const QRectF& area)
{
    // A bar of the overlay's own colors with ticks in CIEDE2000 units, bottom right.
    const QFontMetrics metrics(font());
    const int barWidth = 180, barHeight = 10;
    const QString title = tr("Candidates differ by (CIEDE2000)");
    const int boxWidth = std::max(barWidth, metrics.horizontalAdvance(title)) + 16;
    const int boxHeight = metrics.height() * 2 + barHeight + 16;
    const QRectF box(area.right() - boxWidth - 10, area.bottom() - boxHeight - 10, boxWidth, boxHeight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(box.adjusted(8, 4, -8, 0), Qt::AlignLeft | Qt::AlignTop, title);
    const QRectF bar(box.left() + 8, box.top() + 6 + metrics.height(), boxWidth - 16, barHeight);
    for (int x = 0; x < int(bar.width()); ++x) {
        const QRgb color = colorized::jobs::uncertaintyColor(double(x) / (bar.width() - 1));
        // Drawn over mid-gray, as the overlay is over a photo.
        QColor shown(qRed(color), qGreen(color), qBlue(color));
        const double alpha = qAlpha(color) / 255.0;
        shown = QColor::fromRgbF(shown.redF() * alpha + 0.5 * (1 - alpha), shown.greenF() * alpha + 0.5 * (1 - alpha),
                                 shown.blueF() * alpha + 0.5 * (1 - alpha));
        painter.fillRect(QRectF(bar.left() + x, bar.top(), 1, bar.height()), shown);
    }
    const QLocale locale;
    const double ticks[] = {0.0, uncertaintyScale_ / 2, uncertaintyScale_};
    for (int i = 0; i < 3; ++i) {
        const double x = bar.left() + bar.width() * i / 2.0;
        QString label = locale.toString(ticks[i], 'f', 0);
        if (i == 2)
            label = tr("%1 or more").arg(label);
        const int w = metrics.horizontalAdvance(label);
        const double left = i == 0 ? x : i == 2 ? x - w : x - w / 2.0;
        painter.drawText(QPointF(left, bar.bottom() + metrics.ascent() + 2), label);
    }
    painter.restore();
}

void ImageViewer::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(42, 42, 42));
    if (original_.isNull()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         message_.isEmpty() ? placeholder_ : message_);
        return;
    }

    if (mode_ == Mode::Candidates) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        if (candidates_.isEmpty()) {
            painter.setPen(QColor(200, 200, 200));
            painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                             tr("No candidates yet: colorize the photo first."));
            return;
        }
        for (int k = 0; k < candidates_.size(); ++k) {
            const QRect cell = candidateRect(k).adjusted(0, 0, 0, -kCandidateLabel);
            // The tile composed for this cell size at its own pixels; until it comes (or while
            // a resize settles), the working-resolution candidate scaled.
            const bool tiled = k < candidateTiles_.size();
            const QPixmap& pixmap = tiled ? candidateTiles_[k] : candidates_[k];
            QSizeF size = pixmap.size();
            if (!tiled || size.width() > cell.width() || size.height() > cell.height())
                size.scale(cell.size(), Qt::KeepAspectRatio);
            QRectF target(QPointF(), size);
            target.moveCenter(QRectF(cell).center());
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()));
            if (k == chosen_) {
                painter.setPen(QPen(QColor(255, 200, 0), 4));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(target.adjusted(-3, -3, 3, 3));
            }
            painter.setPen(Qt::white);
            const QString name = colorized::jobs::resultName(k, colorized::drawnOf(int(candidates_.size())));
            const QString label = k == chosen_ ? tr("%1 (chosen)").arg(name) : name;
            painter.drawText(QRect(cell.left(), cell.bottom() + 2, cell.width(), 20), Qt::AlignCenter, label);
        }
        return;
    }

    const QString resultName = !frame_.isNull() ? frameCaption_
                               : result_.isNull() ? tr("Original (not colorized yet)")
                                                  : tr("Colorized");
    switch (mode_) {
    case Mode::Result:
        drawPhoto(painter, 0, true, viewport(0));
        drawHints(painter, 0);
        drawCaption(painter, resultName, viewport(0), Qt::AlignLeft | Qt::AlignTop);
        break;
    case Mode::Original:
        drawPhoto(painter, 0, false, viewport(0));
        drawHints(painter, 0);
        drawCaption(painter, tr("Original"), viewport(0), Qt::AlignLeft | Qt::AlignTop);
        break;
    case Mode::Split: {
        const QRectF view = viewport(0);
        const double x = view.left() + split_ * view.width();
        drawPhoto(painter, 0, false, QRectF(view.left(), view.top(), x - view.left(), view.height()));
        drawPhoto(painter, 0, true, QRectF(x, view.top(), view.right() - x, view.height()));
        drawHints(painter, 0);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(Qt::white, 2));
        painter.drawLine(QPointF(x, view.top()), QPointF(x, view.bottom()));
        painter.setBrush(Qt::white);
        painter.setPen(QPen(QColor(60, 60, 60), 2));
        painter.drawEllipse(QPointF(x, view.center().y()), 10, 10);
        drawCaption(painter, tr("Original"), view, Qt::AlignLeft | Qt::AlignTop);
        drawCaption(painter, resultName, view, Qt::AlignRight | Qt::AlignTop);
        break;
    }
    case Mode::SideBySide:
        drawPhoto(painter, 0, false, viewport(0));
        drawPhoto(painter, 1, true, viewport(1));
        drawHints(painter, 0);
        drawHints(painter, 1);
        drawCaption(painter, tr("Original"), viewport(0), Qt::AlignLeft | Qt::AlignTop);
        drawCaption(painter, resultName, viewport(1), Qt::AlignLeft | Qt::AlignTop);
        break;
    case Mode::Candidates:
        break;
    }
    if (!message_.isEmpty())
        drawCaption(painter, message_, rect(), Qt::AlignHCenter | Qt::AlignBottom);
}

void ImageViewer::resizeEvent(QResizeEvent*)
{
    clampCenter();
    askForTilesIfStale();
    if (fit_)
        Q_EMIT zoomChanged(zoom());
}

void ImageViewer::wheelEvent(QWheelEvent* event)
{
    if (original_.isNull() || mode_ == Mode::Candidates)
        return;
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    setZoom(scale() * std::pow(kZoomStep, steps), event->position());
    event->accept();
}

void ImageViewer::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || original_.isNull())
        return;
    const QPointF at = event->position();
    if (mode_ == Mode::Candidates) {
        const int k = candidateAt(at);
        if (k >= 0) {
            chosen_ = k;
            update();
            Q_EMIT candidatePicked(k);
        }
        return;
    }
    if (nearSplit(at)) {
        drag_ = Drag::Split;
        return;
    }
    const int hint = hintAt(at);
    if (hint >= 0) {
        selectedHint_ = hint;
        drag_ = Drag::Hint;
        dragHint_ = hint;
        dragView_ = viewAt(at);
        update();
        Q_EMIT hintSelected(hint);
        return;
    }
    const int which = viewAt(at);
    const QPointF fraction = toFraction(at, which);
    if (hintMode_) {
        if (fraction.x() >= 0 && fraction.x() <= 1 && fraction.y() >= 0 && fraction.y() <= 1)
            Q_EMIT hintClicked(fraction);
        return;
    }
    drag_ = Drag::Pan;
    dragStart_ = at;
    centerAtDragStart_ = fit_ ? QPointF(original_.width() / 2.0, original_.height() / 2.0) : center_;
    setCursor(Qt::ClosedHandCursor);
}

void ImageViewer::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF at = event->position();
    switch (drag_) {
    case Drag::Pan:
        if (!fit_) {
            center_ = centerAtDragStart_ - (at - dragStart_) / scale();
            clampCenter();
            update();
        }
        return;
    case Drag::Split: {
        const QRectF view = viewport(0);
        setSplitPosition((at.x() - view.left()) / view.width());
        return;
    }
    case Drag::Hint: {
        QPointF fraction = toFraction(at, dragView_);
        fraction.setX(std::clamp(fraction.x(), 0.0, 1.0));
        fraction.setY(std::clamp(fraction.y(), 0.0, 1.0));
        hints_[dragHint_].position = fraction;
        update();
        return;
    }
    case Drag::None:
        break;
    }
    if (hintMode_)
        setCursor(hintAt(at) >= 0 ? Qt::SizeAllCursor : Qt::CrossCursor);
    else if (nearSplit(at))
        setCursor(Qt::SplitHCursor);
    else if (hintAt(at) >= 0)
        setCursor(Qt::SizeAllCursor);
    else
        setCursor(fit_ ? Qt::ArrowCursor : Qt::OpenHandCursor);
}

void ImageViewer::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Drag ended = drag_;
    drag_ = Drag::None;
    if (ended == Drag::Hint && dragHint_ >= 0 && dragHint_ < hints_.size())
        Q_EMIT hintMoved(dragHint_, hints_[dragHint_].position);
    dragHint_ = -1;
    setCursor(hintMode_ ? Qt::CrossCursor : (fit_ ? Qt::ArrowCursor : Qt::OpenHandCursor));
}

void ImageViewer::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (original_.isNull() || mode_ == Mode::Candidates || hintMode_)
        return;
    if (fit_)
        setZoom(1.0, event->position());
    else
        fitToWindow();
}
