using MotCua.Domain.Feedback;
using MotCua.Features.Files;

namespace MotCua.Features.Feedback;

/// <summary>
/// The files a sender attaches to a piece of feedback, from the portal's form or the public API alike: at most
/// <see cref="FeedbackItem.MaxAttachments"/>, each checked by <see cref="Uploads"/> (name, size, type by content);
/// none is kept unless all pass.
/// </summary>
public static class FeedbackFiles
{
    /// <summary>Every file sent, checked; null with every problem when one is refused (<paramref name="tooLarge"/> when one was over the size limit).</summary>
    public static async Task<(List<CheckedUpload>? Files, List<string> Problems, bool TooLarge)> CheckAsync(IEnumerable<IFormFile> files, long maxBytes,
        CancellationToken cancellationToken)
    {
        // A browser sends an empty part for a file input left empty.
        var posted = files.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (posted.Count > FeedbackItem.MaxAttachments)
            return (null, [FeedbackRules.TooManyAttachments.Message], false);
        var problems = new List<string>();
        var checkedFiles = new List<CheckedUpload>();
        foreach (var file in posted)
        {
            var (upload, problem) = await Uploads.CheckAsync(file, maxBytes, pdfOnly: false, cancellationToken);
            if (problem is not null)
                problems.Add(problem);
            else
                checkedFiles.Add(upload!);
        }
        return problems.Count > 0 ? (null, problems, posted.Any(f => f.Length > maxBytes)) : (checkedFiles, problems, false);
    }

    /// <summary>Puts the checked files in the store, once the whole request was accepted.</summary>
    public static async Task<List<FeedbackAttachment>> StoreAsync(IEnumerable<CheckedUpload> files, IFileStore store, CancellationToken cancellationToken)
    {
        var stored = new List<FeedbackAttachment>();
        foreach (var upload in files)
            stored.Add(new FeedbackAttachment(upload.FileName, upload.ContentType, upload.Content.Length, await store.PutAsync(upload.Content, cancellationToken)));
        return stored;
    }
}
