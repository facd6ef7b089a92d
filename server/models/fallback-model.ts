/**
 * A model that answers with `primary` and, when the primary fails before producing anything (network
 * error, timeout, HTTP error, a stream that opens with an error), answers with `fallback` instead and
 * reports why through onFallback, so the user can be told. One instance serves one turn: after the
 * primary failed once, the turn's later steps go straight to the fallback instead of waiting for a
 * dead provider again on every step of the tool loop.
 */
import type { LanguageModelV3, LanguageModelV3CallOptions, LanguageModelV3StreamPart, LanguageModelV3StreamResult } from '@ai-sdk/provider';

const isSignificant = (part: LanguageModelV3StreamPart) =>
  part.type !== 'stream-start' && part.type !== 'response-metadata' && part.type !== 'raw';

export class FallbackModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3' as const;
  readonly supportedUrls = {};
  private primaryFailed = false;

  constructor(
    private readonly primary: LanguageModelV3,
    private readonly fallback: LanguageModelV3,
    private readonly onFallback: (error: unknown) => void,
  ) {}

  get provider() {
    return this.primary.provider;
  }

  get modelId() {
    return this.primary.modelId;
  }

  private failed(error: unknown) {
    this.primaryFailed = true;
    this.onFallback(error);
  }

  async doGenerate(options: LanguageModelV3CallOptions) {
    if (this.primaryFailed) return this.fallback.doGenerate(options);
    try {
      return await this.primary.doGenerate(options);
    } catch (error) {
      if (options.abortSignal?.aborted) throw error;
      this.failed(error);
      return this.fallback.doGenerate(options);
    }
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    if (this.primaryFailed) return this.fallback.doStream(options);
    let result: LanguageModelV3StreamResult;
    try {
      result = await this.primary.doStream(options);
    } catch (error) {
      if (options.abortSignal?.aborted) throw error;
      this.failed(error);
      return this.fallback.doStream(options);
    }
    // Look at the stream up to its first real part: an error there means nothing reached the user yet.
    const reader = result.stream.getReader();
    const buffered: LanguageModelV3StreamPart[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value.type === 'error') {
        reader.cancel().catch(() => {});
        this.failed(value.error);
        return this.fallback.doStream(options);
      }
      buffered.push(value);
      if (isSignificant(value)) break;
    }
    return {
      ...result,
      stream: new ReadableStream<LanguageModelV3StreamPart>({
        start(controller) {
          for (const part of buffered) controller.enqueue(part);
        },
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        cancel: (reason) => reader.cancel(reason),
      }),
    };
  }
}
