// Package workqueue runs jobs on a fixed number of workers, taking them
// from a bounded queue, and shuts down by finishing what it took. The chat
// adapters use it to acknowledge a request at once and work on it after.
package workqueue

import (
	"context"
	"errors"
	"sync"
)

// Why a job was not taken.
var (
	// ErrFull refuses a job because the queue has no room for it.
	ErrFull = errors.New("work queue full")
	// ErrClosed refuses a job because Close was called: the adapter is
	// shutting down.
	ErrClosed = errors.New("adapter shutting down")
)

// Queue hands jobs to its workers. Every job it takes runs once, with
// the jobs' context, unless Close comes before Start. Its methods are safe
// for concurrent use.
type Queue struct {
	workers int
	jobs    chan func(ctx context.Context)
	ctx     context.Context
	cancel  context.CancelFunc
	// closing ends when Close begins; it wakes an Enqueue waiting for room.
	closing     chan struct{}
	closingOnce sync.Once

	// intake guards jobs against a send after Close closed it, and Start
	// against Close waiting for the workers.
	intake  sync.RWMutex
	closed  bool
	started bool
	running sync.WaitGroup
}

// New returns a queue for the given number of workers with room for size
// jobs waiting. No worker runs until Start.
func New(workers, size int) *Queue {
	ctx, cancel := context.WithCancel(context.Background())
	return &Queue{
		workers: workers,
		jobs:    make(chan func(ctx context.Context), size),
		ctx:     ctx,
		cancel:  cancel,
		closing: make(chan struct{}),
	}
}

// Start starts the workers, which run the jobs queued so far and those
// to come. It does nothing when the workers were started already or Close
// came first.
func (q *Queue) Start() {
	q.intake.Lock()
	defer q.intake.Unlock()
	if q.closed || q.started {
		return
	}
	for range q.workers {
		q.running.Go(q.work)
	}
	q.started = true
}

// work runs jobs until the queue is closed and empty.
func (q *Queue) work() {
	for job := range q.jobs {
		job(q.ctx)
	}
}

// TryEnqueue queues job without waiting. It returns ErrClosed after
// Close began and ErrFull when the queue has no room.
func (q *Queue) TryEnqueue(job func(ctx context.Context)) error {
	q.intake.RLock()
	defer q.intake.RUnlock()
	if q.closed {
		return ErrClosed
	}
	select {
	case q.jobs <- job:
		return nil
	default:
		return ErrFull
	}
}

// Enqueue queues job, waiting for room. It returns ctx's error when ctx
// ends first, and ErrClosed when Close begins first or began already.
func (q *Queue) Enqueue(ctx context.Context, job func(ctx context.Context)) error {
	q.intake.RLock()
	defer q.intake.RUnlock()
	if q.closed {
		return ErrClosed
	}
	select {
	case q.jobs <- job:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-q.closing:
		return ErrClosed
	}
}

// Closed reports whether Close refuses further jobs.
func (q *Queue) Closed() bool {
	q.intake.RLock()
	defer q.intake.RUnlock()
	return q.closed
}

// Len is the number of jobs waiting for a worker.
func (q *Queue) Len() int { return len(q.jobs) }

// Context is the context the jobs run with. It ends only when a Close's
// ctx ends before the workers are done; work the caller starts outside
// the queue may use it to be cancelled alike.
func (q *Queue) Context() context.Context { return q.ctx }

// Close refuses further jobs and waits until the workers have run every
// job taken and returned; without Start nothing runs and nothing is
// waited for. If ctx ends first, or has ended already, Close cancels the
// jobs' context, still waits for the workers to return, and returns ctx's
// error. Close may be called more than once.
func (q *Queue) Close(ctx context.Context) error {
	q.closingOnce.Do(func() { close(q.closing) })
	q.intake.Lock()
	if !q.closed {
		q.closed = true
		close(q.jobs)
	}
	q.intake.Unlock()
	done := make(chan struct{})
	go func() {
		q.running.Wait()
		close(done)
	}()
	if ctx.Err() == nil {
		select {
		case <-done:
			return nil
		case <-ctx.Done():
		}
	}
	q.cancel()
	<-done
	return ctx.Err()
}

// Room is the number of jobs the queue can take now without waiting.
func (q *Queue) Room() int { return cap(q.jobs) - len(q.jobs) }
