package org.newsgraph.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a successful response's body as it streams in, up to a byte limit: a body that passes the
 * limit (or declares a length past it) is aborted at once. Other responses' bodies are not read at
 * all; the exchange is closed and the body is empty.
 */
final class BoundedBody implements HttpResponse.BodyHandler<byte[]> {

  private final long maxBytes;

  BoundedBody(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    if (info.statusCode() / 100 != 2) {
      return new Skipper(CompletableFuture.completedFuture(new byte[0]));
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      return new Skipper(CompletableFuture.failedFuture(FetchProblem.tooLarge(maxBytes)));
    }
    return new Collector(maxBytes);
  }

  /** Collects the body, cancelling the transfer once it passes the limit. */
  private static final class Collector implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Collector(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > maxBytes) {
          subscription.cancel();
          body.completeExceptionally(FetchProblem.tooLarge(maxBytes));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable failure) {
      body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }
  }

  /** Cancels the transfer at once and yields a fixed outcome. */
  private static final class Skipper implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> outcome;

    Skipper(CompletableFuture<byte[]> outcome) {
      this.outcome = outcome;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.cancel();
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {}

    @Override
    public void onError(Throwable failure) {}

    @Override
    public void onComplete() {}

    @Override
    public CompletionStage<byte[]> getBody() {
      return outcome;
    }
  }
}
