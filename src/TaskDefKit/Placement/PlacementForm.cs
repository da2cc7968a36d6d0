namespace TaskDefKit.Placement
{
    /// <summary>The shape a placement file came in.</summary>
    public enum PlacementForm
    {
        /// <summary>Nothing usable could be read.</summary>
        Unreadable,

        /// <summary><c>{"placementStrategy": [...], "placementConstraints": [...]}</c> and nothing else.</summary>
        PlacementDocument,

        /// <summary>The input of CreateService, UpdateService or RunTask (<c>--cli-input-json</c>); other members are read only for the launch type and scheduling strategy.</summary>
        ServiceInput,

        /// <summary>A bare member <c>"placementStrategy": [...]</c> without the enclosing braces, as the ECS documentation shows it.</summary>
        Fragment,
    }
}
