internal import CICUShim

/// A strict, streaming decoder from a legacy charset (GB18030, UTF-16LE/BE) to UTF-8.
///
/// Invalid input is never replaced silently: `decode` reports the byte offset and length of
/// every bad sequence, and writes U+FFFD in its place so that the line that held it can be
/// rejected with its line number.
public final class StrictDecoder {
  private let handle: OpaquePointer
  public let charset: String
  private var scratch: [UInt8]

  public init(charset: String) throws(ICUError) {
    var status: Int32 = 0
    let h = qz_decoder_open(charset, &status)
    try check(status)
    guard let h else { throw ICUError(status: 1) }
    handle = h
    self.charset = charset
    scratch = [UInt8](repeating: 0, count: 1 << 20)
  }

  deinit { qz_decoder_close(handle) }

  /// A bad sequence: its offset in the bytes passed to `decode` and its length.
  public struct BadBytes: Sendable, Hashable {
    public var offset: Int
    public var length: Int
  }

  /// Decodes `input` (a chunk of the file), appending UTF-8 to `output`. Pass `flush: true`
  /// with the last chunk. Returns the bad sequences found in this chunk.
  public func decode(_ input: UnsafeRawBufferPointer, flush: Bool, into output: inout [UInt8])
    -> [BadBytes]
  {
    var bad: [BadBytes] = []
    var offset = 0
    let base = input.baseAddress?.assumingMemoryBound(to: CChar.self)
    while true {
      var consumed: Int32 = 0
      var badLen: Int32 = 0
      var status: Int32 = 0
      let remaining = input.count - offset
      let written = scratch.withUnsafeMutableBufferPointer { dst in
        dst.baseAddress!.withMemoryRebound(to: CChar.self, capacity: dst.count) { d in
          qz_decoder_convert(
            handle, base.map { $0 + offset }, Int32(remaining), &consumed, d, Int32(dst.count),
            flush ? 1 : 0, &badLen, &status)
        }
      }
      output.append(contentsOf: scratch[0..<Int(written)])
      offset += Int(consumed)
      if badLen > 0 {
        bad.append(BadBytes(offset: offset - Int(badLen), length: Int(badLen)))
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        if offset < input.count || flush { continue }
        break
      }
      if status == 15 { continue }  // output full: go round again
      if status > 0 {
        // Unexpected failure: report the rest as bad rather than dropping it.
        if offset < input.count {
          bad.append(BadBytes(offset: offset, length: input.count - offset))
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
        break
      }
      if offset >= input.count { break }
    }
    return bad
  }
}
