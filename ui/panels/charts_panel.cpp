#include "panels/charts_panel.hpp"

#include "teaching/narration.hpp"
#include "words/trace_words.hpp"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QXYSeries>

namespace tcpviz {
namespace {

// A flood has millions of points; a chart needs a few thousand.
constexpr std::size_t kMaxPoints = 4000;

// Time in ms for a short run, in s for a long one: whole numbers either way.
struct TimeUnit {
    double ns;
    QString axis_title;
};

TimeUnit time_unit(std::int64_t span_ns)
{
    if (span_ns > 5'000'000'000)
        return {1e9, ChartsPanel::tr("time (s)")};
    return {1e6, ChartsPanel::tr("time (ms)")};
}

ChartView* make_view(QWidget* parent)
{
    auto* view = new ChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    // Every pixel for the plot: a docked chart is short.
    view->chart()->setMargins(QMargins(2, 2, 2, 2));
    view->chart()->layout()->setContentsMargins(0, 0, 0, 0);
    view->chart()->setBackgroundRoundness(0);
    return view;
}

void reset_chart(QChart* chart, const QString& title)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    // The charts follow the window's theme: dark on a dark palette.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
}

// The axes span every point (the backlog line included), from 0 up, in round steps;
// the time axis opens on [0, open_x] when that is given and the full span is zoom-out.
void add_axes(ChartView* view, const QString& x_title, const QString& y_title, double open_x = 0)
{
    QChart* chart = view->chart();
    auto* x = new QValueAxis(chart);
    auto* y = new QValueAxis(chart);
    x->setTitleText(x_title);
    y->setTitleText(y_title);
    x->setLabelFormat(QStringLiteral("%g")); // 20, 0.5: no pointless decimals
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double max_x = 0, max_y = 0;
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
        if (auto* xy = qobject_cast<QXYSeries*>(s))
            for (const QPointF& point : xy->points()) {
                max_x = std::max(max_x, point.x());
                max_y = std::max(max_y, point.y());
            }
    }
    y->setRange(0, std::max(max_y * 1.05, 4.0));
    y->applyNiceNumbers();
    x->setRange(0, std::max(max_x, 1.0));
    x->applyNiceNumbers();
    view->set_full_span(x->min(), x->max());
    if (open_x > 0 && open_x < max_x) {
        x->setRange(0, open_x);
        x->applyNiceNumbers();
    }
    view->set_opening_span(x->min(), x->max());
}

} // namespace

ChartView::ChartView(QWidget* parent) : QChartView(new QChart(), parent)
{
    setRubberBand(QChartView::HorizontalRubberBand);
    setToolTip(ChartsPanel::tr("Drag to zoom in on a stretch of time, scroll to zoom, right-drag to pan, "
                               "double-click to see the whole run."));
}

void ChartView::set_full_span(double from, double to)
{
    full_ = {from, to};
}

void ChartView::set_opening_span(double from, double to)
{
    opening_ = {from, to};
}

std::pair<double, double> ChartView::time_span() const
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty())
        return {0, 0};
    const auto* x = static_cast<const QValueAxis*>(axes.first());
    return {x->min(), x->max()};
}

void ChartView::set_time_span(double from, double to)
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (!axes.isEmpty() && to > from)
        axes.first()->setRange(from, to);
}

void ChartView::wheelEvent(QWheelEvent* event)
{
    // Zoom the time axis about the pointer; the counts keep their scale.
    const auto [from, to] = time_span();
    const double at = chart()->mapToValue(event->position()).x();
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    const double new_from = std::max(full_.first, at - (at - from) * factor);
    const double new_to = std::min(full_.second, at + (to - at) * factor);
    set_time_span(new_from, new_to);
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton) {
        pan_from_ = event->position();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (pan_from_) {
        const QPointF moved = event->position() - *pan_from_;
        pan_from_ = event->position();
        chart()->scroll(-moved.x(), 0);
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton && pan_from_) {
        pan_from_.reset(); // no context menu, no zoom out
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event); // a right click without a drag would zoom out
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // The whole run, or back to the opening span if it is shown already.
    const bool whole = time_span() == full_;
    set_time_span(whole ? opening_.first : full_.first, whole ? opening_.second : full_.second);
    event->accept();
}

ChartsPanel::ChartsPanel(QWidget* parent) : QTabWidget(parent)
{
    queue_ = make_view(this);
    sequence_ = make_view(this);
    isn_ = make_view(this);
    addTab(queue_, tr("Queues"));
    addTab(sequence_, tr("Sequence numbers"));
    addTab(isn_, tr("ISNs"));
    // Axes, a title and a legend need this much room to show a curve at all.
    setMinimumHeight(240);
}

int ChartsPanel::series_count() const
{
    return int(queue_->chart()->series().size() + sequence_->chart()->series().size() + isn_->chart()->series().size());
}

void ChartsPanel::show_trace(const Trace& trace, const SeqNotation& numbers, IsnMode isn_mode, std::uint64_t seed)
{
    const std::size_t stride = std::max<std::size_t>(1, trace.events.size() / kMaxPoints);

    // SYN queue depth, and the accept queue's when the application is slow, against
    // the backlog that bounds both, per listening host.
    QChart* q = queue_->chart();
    reset_chart(q, tr("SYN and accept queue depth over time"));
    const std::size_t hosts = trace.hosts.size();
    std::vector<QLineSeries*> depth(2 * hosts, nullptr); // SYN queues, then accept queues
    std::vector<std::uint32_t> backlog(hosts, 0);
    std::int64_t end = trace.events.empty() ? 0 : trace.events.back().time;
    // A flood fills the queue in a fraction of a second, then nothing moves until the
    // requests expire a minute later: the chart opens on the filling and what follows it,
    // counted in the unit that suits that opening.
    std::int64_t first_peak = 0;
    std::uint32_t peak = 0;
    for (const TraceEvent& e : trace.events)
        if ((e.kind == EventKind::QueueDepth || e.kind == EventKind::AcceptQueueDepth) && queue_level(e).depth > peak) {
            peak = queue_level(e).depth;
            first_peak = e.time;
        }
    const bool idle_tail = first_peak > 0 && end > 40 * first_peak;
    const std::int64_t opening = idle_tail ? 4 * first_peak : 0;
    const TimeUnit unit = time_unit(idle_tail ? opening : end);
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        if (e.kind != EventKind::QueueDepth && e.kind != EventKind::AcceptQueueDepth)
            continue;
        const bool accept = e.kind == EventKind::AcceptQueueDepth;
        QLineSeries*& series = depth[e.host + (accept ? hosts : 0)];
        if (!series) {
            series = new QLineSeries(q);
            series->setName(accept ? tr("%1: waiting for accept()").arg(host_title(trace, e.host))
                                   : tr("%1: half-open requests").arg(host_title(trace, e.host)));
        }
        const double t = double(e.time) / unit.ns;
        if (series->count() > 0) // a step: hold the previous depth until now
            series->append(t, series->at(series->count() - 1).y());
        series->append(t, queue_level(e).depth);
        backlog[e.host] = queue_level(e).backlog;
    }
    for (std::size_t i = 0; i < depth.size(); ++i) {
        if (!depth[i])
            continue;
        depth[i]->append(double(end) / unit.ns, depth[i]->at(depth[i]->count() - 1).y());
        q->addSeries(depth[i]);
        if (i >= hosts && depth[i - hosts])
            continue; // the host's backlog line is drawn already
        const std::uint32_t limit_at = backlog[i % hosts];
        auto* limit = new QLineSeries(q);
        limit->setName(tr("backlog %1: full above it, so %2 fit").arg(limit_at).arg(limit_at + 1));
        queue_->setToolTip(queue_full_rule(limit_at));
        limit->append(0, limit_at);
        limit->append(double(end) / unit.ns, limit_at);
        QPen pen(Qt::red, 2, Qt::DashLine);
        limit->setPen(pen);
        q->addSeries(limit);
    }
    add_axes(queue_, unit.axis_title, tr("connections"), double(opening) / unit.ns);

    // The sequence numbers each host sends, over time, counted as the notation counts.
    QChart* s = sequence_->chart();
    const bool absolute = numbers.notation() == Notation::Absolute;
    reset_chart(s, absolute                                   ? tr("Seq sent over time (absolute)")
                   : numbers.notation() == Notation::Relative ? tr("Seq sent over time (relative)")
                                                              : tr("Seq sent over time (x + n, y + n)"));
    std::vector<QScatterSeries*> sent(trace.hosts.size(), nullptr);
    const TimeUnit sent_unit = time_unit(trace.events.empty() ? 0 : trace.events.back().time);
    for (std::size_t i = 0; i < trace.events.size(); i += 1) {
        const TraceEvent& e = trace.events[i];
        if (e.kind != EventKind::SegmentSent || (e.ref % stride) != 0)
            continue;
        if (trace.hosts[e.host].role == HostRole::Attacker)
            continue; // forged numbers would flatten everything else
        if (!sent[e.host]) {
            sent[e.host] = new QScatterSeries(s);
            sent[e.host]->setName(host_title(trace, e.host));
            sent[e.host]->setMarkerSize(8);
        }
        sent[e.host]->append(double(e.time) / sent_unit.ns, double(numbers.seq_offset(e.ref)));
    }
    for (QScatterSeries* series : sent)
        if (series)
            s->addSeries(series);
    add_axes(sequence_, sent_unit.axis_title, absolute ? tr("Seq") : tr("Seq after the ISN"));

    // ISNs a host would choose over ten seconds of new connections.
    QChart* c = isn_->chart();
    reset_chart(c, tr("ISN of new connections over time: %1").arg(QString::fromLatin1(isn_mode_name(isn_mode))));
    auto* points = new QScatterSeries(c);
    points->setName(tr("ISN"));
    points->setMarkerSize(6);
    for (const IsnSample& sample : isn_samples(isn_mode, seed, 200, 50'000'000))
        points->append(double(sample.time) / 1e9, double(sample.isn));
    c->addSeries(points);
    add_axes(isn_, time_unit(10'000'000'000).axis_title, tr("ISN"));
}

} // namespace tcpviz
