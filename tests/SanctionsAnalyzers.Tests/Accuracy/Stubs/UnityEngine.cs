// The part of Unity's public API that corpus cases use, compiled at test time into an in-memory reference
// assembly named UnityEngine so that Unity cases bind as in a Unity project. Shapes only, no behaviour.
// Not compiled into the test assembly (see the test project file).
#pragma warning disable CS8618
namespace UnityEngine
{
    public class Object { public string name { get; set; } }
    public class Component : Object { public GameObject gameObject => throw null!; }
    public class Behaviour : Component { public bool enabled { get; set; } }
    public class MonoBehaviour : Behaviour { public Coroutine StartCoroutine(System.Collections.IEnumerator routine) => throw null!; }
    public sealed class GameObject : Object
    {
        public bool activeSelf => throw null!;
        public void SetActive(bool value) => throw null!;
    }
    public class YieldInstruction { }
    public sealed class Coroutine : YieldInstruction { }
    public class AsyncOperation : YieldInstruction { public bool isDone => throw null!; }
    [System.AttributeUsage(System.AttributeTargets.Field)]
    public sealed class SerializeField : System.Attribute { }
    public static class JsonUtility
    {
        public static T FromJson<T>(string json) => throw null!;
        public static string ToJson(object obj) => throw null!;
    }
    public static class Time
    {
        public static float timeScale { get; set; }
        public static float deltaTime => throw null!;
    }
    public static class Debug
    {
        public static void Log(object message) => throw null!;
        public static void LogWarning(object message) => throw null!;
    }
    public static class Application { public static void Quit() => throw null!; }
}

namespace UnityEngine.Networking
{
    public class UnityWebRequest : System.IDisposable
    {
        public enum Result { InProgress, Success, ConnectionError, ProtocolError, DataProcessingError }
        public Result result => throw null!;
        public string error => throw null!;
        public long responseCode => throw null!;
        public DownloadHandler downloadHandler { get; set; }
        public static UnityWebRequest Get(string uri) => throw null!;
        public UnityWebRequestAsyncOperation SendWebRequest() => throw null!;
        public void Dispose() { }
    }
    public class DownloadHandler : System.IDisposable
    {
        public string text => throw null!;
        public byte[] data => throw null!;
        public void Dispose() { }
    }
    public class UnityWebRequestAsyncOperation : AsyncOperation { public UnityWebRequest webRequest => throw null!; }
}
