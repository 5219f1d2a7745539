package vn.danvankheo.media.storage;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import vn.danvankheo.media.StorageUnavailableException;

/** Waits for the storage client's futures with a deadline, and lets the caller say what a failure means. */
public final class StorageFutures {

    private StorageFutures() {}

    public static <T> T await(
            CompletableFuture<T> future, Duration timeout, Function<Throwable, RuntimeException> failureMeaning) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw failureMeaning.apply(unwrap(e));
        }
    }

    /** The client's own error, under the layers of future wrappers. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
