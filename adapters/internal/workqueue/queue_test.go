package workqueue

import (
	"context"
	"errors"
	"testing"
)

// nop is a job that does nothing.
func nop(context.Context) {}

// blocker is a job that tells when it started and ends when released or
// when its context ends, remembering how it ended.
type blocker struct {
	started, release, finished chan struct{}
	err                        error
}

func newBlocker() *blocker {
	return &blocker{started: make(chan struct{}), release: make(chan struct{}), finished: make(chan struct{})}
}

func (b *blocker) run(ctx context.Context) {
	close(b.started)
	select {
	case <-b.release:
	case <-ctx.Done():
		b.err = ctx.Err()
	}
	close(b.finished)
}

// startBlocker starts q and a blocker on it, and returns once it runs.
func startBlocker(t *testing.T, q *Queue) *blocker {
	t.Helper()
	b := newBlocker()
	q.Start()
	if err := q.TryEnqueue(b.run); err != nil {
		t.Fatalf("job: %v", err)
	}
	<-b.started
	return b
}

// closeAsync calls Close in the background and returns once it refuses jobs.
func closeAsync(ctx context.Context, q *Queue) <-chan error {
	done := make(chan error, 1)
	go func() { done <- q.Close(ctx) }()
	for !q.Closed() {
		select {
		case err := <-done:
			done <- err
			return done
		default:
		}
	}
	return done
}

func TestQueue(t *testing.T) {
	tests := []struct {
		name          string
		workers, size int
		act           func(t *testing.T, q *Queue) error
		want          error
	}{
		{
			name: "a full queue refuses", workers: 1, size: 1,
			act: func(t *testing.T, q *Queue) error {
				if err := q.TryEnqueue(nop); err != nil {
					t.Fatalf("first job: %v", err)
				}
				return q.TryEnqueue(nop)
			},
			want: ErrFull,
		},
		{
			name: "a closed queue refuses without waiting", workers: 1, size: 1,
			act: func(t *testing.T, q *Queue) error {
				if err := q.Close(context.Background()); err != nil {
					t.Fatalf("Close: %v", err)
				}
				if err := q.Enqueue(context.Background(), nop); !errors.Is(err, ErrClosed) {
					t.Errorf("Enqueue after Close = %v, want ErrClosed", err)
				}
				return q.TryEnqueue(nop)
			},
			want: ErrClosed,
		},
		{
			name: "Enqueue waits for room until its context ends", workers: 1, size: 1,
			act: func(t *testing.T, q *Queue) error {
				if err := q.TryEnqueue(nop); err != nil {
					t.Fatalf("first job: %v", err)
				}
				ctx, cancel := context.WithCancel(context.Background())
				cancel()
				return q.Enqueue(ctx, nop)
			},
			want: context.Canceled,
		},
		{
			name: "Close wakes an Enqueue waiting for room", workers: 1, size: 1,
			act: func(t *testing.T, q *Queue) error {
				if err := q.TryEnqueue(nop); err != nil {
					t.Fatalf("first job: %v", err)
				}
				waiting := make(chan error, 1)
				go func() { waiting <- q.Enqueue(context.Background(), nop) }()
				if err := q.Close(context.Background()); err != nil {
					t.Errorf("Close: %v", err)
				}
				return <-waiting
			},
			want: ErrClosed,
		},
		{
			name: "Close waits for the running and the queued jobs", workers: 1, size: 1,
			act: func(t *testing.T, q *Queue) error {
				running, queued := startBlocker(t, q), newBlocker()
				if err := q.TryEnqueue(queued.run); err != nil {
					t.Fatalf("queued job: %v", err)
				}
				done := closeAsync(context.Background(), q)
				select {
				case err := <-done:
					t.Fatalf("Close returned %v while a job ran", err)
				default:
				}
				close(running.release)
				<-queued.started
				close(queued.release)
				err := <-done
				for _, b := range []*blocker{running, queued} {
					select {
					case <-b.finished:
					default:
						t.Error("Close returned before a job finished")
					}
					if b.err != nil {
						t.Errorf("a job was cancelled: %v", b.err)
					}
				}
				return err
			},
			want: nil,
		},
		{
			name: "Close with an ended context cancels the jobs", workers: 2, size: 1,
			act: func(t *testing.T, q *Queue) error {
				job := startBlocker(t, q)
				ctx, cancel := context.WithCancel(context.Background())
				cancel()
				err := q.Close(ctx)
				<-job.finished
				if !errors.Is(job.err, context.Canceled) || q.Context().Err() == nil {
					t.Errorf("job ended with %v, jobs' context %v; want both cancelled", job.err, q.Context().Err())
				}
				return err
			},
			want: context.Canceled,
		},
		{
			name: "Close cancels the jobs when its context ends while waiting", workers: 1, size: 1,
			act: func(t *testing.T, q *Queue) error {
				job := startBlocker(t, q)
				ctx, cancel := context.WithCancel(context.Background())
				done := closeAsync(ctx, q)
				if q.Context().Err() != nil {
					t.Error("jobs' context ended before Close's did")
				}
				cancel()
				err := <-done
				if !errors.Is(job.err, context.Canceled) {
					t.Errorf("job ended with %v, want cancelled", job.err)
				}
				return err
			},
			want: context.Canceled,
		},
		{
			name: "Start after Close starts nothing", workers: 1, size: 1,
			act: func(t *testing.T, q *Queue) error {
				ran := make(chan struct{})
				if err := q.TryEnqueue(func(context.Context) { close(ran) }); err != nil {
					t.Fatalf("job: %v", err)
				}
				if err := q.Close(context.Background()); err != nil {
					t.Fatalf("Close: %v", err)
				}
				q.Start()
				// A started worker would run the job, and this Close wait for it.
				err := q.Close(context.Background())
				select {
				case <-ran:
					t.Error("a job ran after Start following Close")
				default:
				}
				if q.Len() != 1 {
					t.Errorf("%d jobs waiting, want the 1 never run", q.Len())
				}
				return err
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := New(tt.workers, tt.size)
			if err := tt.act(t, q); !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
}
